// @vitest-environment happy-dom
import { afterEach, expect, it } from 'vitest'
import { Editor } from '@tiptap/core'
import { NodeSelection } from '@tiptap/pm/state'
import { planExtensions } from '../../../src/shared/document/extensions'

let editor: Editor | null = null
afterEach(() => editor?.destroy())

const para = (text: string) => ({ type: 'paragraph', content: [{ type: 'text', text }] })
const card = (id: string) => ({ type: 'initiative', attrs: { id, title: id }, content: [para(`om ${id}`)] })

function editorWith(...blocks: object[]) {
  editor = new Editor({ extensions: planExtensions(), content: { type: 'doc', content: blocks } })
  return editor
}
// The empty paragraph the trailing-node rule keeps at the end is left out.
const order = (e: Editor) =>
  (e.getJSON().content ?? [])
    .map((n) => (n.type === 'initiative' ? `[${n.attrs?.id}]` : textOf(n)))
    .filter((x) => x !== '')
const textOf = (n: { text?: string; content?: unknown[] }): string =>
  n.text ?? (n.content ?? []).map((c) => textOf(c as never)).join('')
const posOf = (e: Editor, id: string) => {
  let at = -1
  e.state.doc.descendants((n, pos) => {
    if (n.type.name === 'initiative' && n.attrs.id === id) at = pos
    return at < 0
  })
  return at
}

// The headless node carries the card commands, so the importer and tests share the editor's.
it('moves a card past its neighbour block, keeps it selected, and one undo puts it back', () => {
  const e = editorWith(para('før'), card('a'), card('b'), para('efter'))
  expect(e.commands.moveInitiative(posOf(e, 'a'), 'down')).toBe(true)
  expect(order(e)).toEqual(['før', '[b]', '[a]', 'efter'])
  expect(e.state.selection).toBeInstanceOf(NodeSelection)
  expect((e.state.selection as NodeSelection).node.attrs.id).toBe('a')
  expect(e.commands.moveInitiative(posOf(e, 'a'), 'down')).toBe(true)
  expect(order(e)).toEqual(['før', '[b]', 'efter', '[a]'])
  e.commands.undo()
  expect(order(e)).toEqual(['før', '[b]', '[a]', 'efter'])
  e.commands.undo()
  expect(order(e)).toEqual(['før', '[a]', '[b]', 'efter'])
})

it('moves up, and refuses at the top or at a position that is not a card', () => {
  const e = editorWith(card('a'), para('midt'), card('b'))
  expect(e.commands.moveInitiative(posOf(e, 'a'), 'up')).toBe(false)
  expect(e.commands.moveInitiative(posOf(e, 'b'), 'up')).toBe(true)
  expect(order(e)).toEqual(['[a]', '[b]', 'midt'])
  expect(e.commands.moveInitiative(1, 'up')).toBe(false)
  expect(e.commands.deleteInitiative(1)).toBe(false)
})

it('selects a card whole and deletes exactly that card; undo brings it back with its text', () => {
  const e = editorWith(para('vigtigt afsnit'), card('a'), para('slut'))
  e.commands.setTextSelection({ from: 1, to: 8 })
  expect(e.commands.selectInitiative(posOf(e, 'a'))).toBe(true)
  expect((e.state.selection as NodeSelection).node.attrs.id).toBe('a')
  expect(e.commands.deleteInitiative(posOf(e, 'a'))).toBe(true)
  expect(order(e)).toEqual(['vigtigt afsnit', 'slut'])
  e.commands.undo()
  expect(order(e)).toEqual(['vigtigt afsnit', '[a]', 'slut'])
  expect(textOf(e.getJSON())).toContain('om a')
})
