// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest'
import type { Editor } from '@tiptap/core'
import { undo } from '@tiptap/pm/history'
import { planExtensions } from '../../../../src/shared/document/extensions'
import { FindInPlan, findKey } from '../../../../src/renderer/src/features/editor/find/findInPlan'
import { replaceAll, replaceCurrent } from '../../../../src/renderer/src/features/editor/find/replaceInPlan'
import { card, cardEditor, cards, doc, h, outsideText, p } from './support/cardEditor'

let editor: Editor
afterEach(() => editor?.destroy())

const prompt = { type: 'paragraph', attrs: { prompt: 'Skriv om hallen i Bøvl' } }
const plan = () =>
  doc(
    h('Hallen i Bøvl', 1),
    p('Bøvl har en hal. bøvl er glad.'),
    prompt,
    card('A', 'Ny hal i Bøvl'),
    { type: 'actionPlan' },
    p('Slut'),
  )

const open = () => {
  editor = cardEditor(plan(), [...planExtensions(), FindInPlan])
  editor.commands.setFindQuery('bøvl')
}
const matches = () => findKey.getState(editor.state)!.matches.length

describe('Erstat alle', () => {
  it('replaces every match in the text and in initiative descriptions, and says how many', () => {
    open()
    expect(replaceAll(editor, 'Hvalsø')).toBe(4)
    expect(outsideText(editor.state.doc)).toBe('Hallen i HvalsøHvalsø har en hal. Hvalsø er glad.Slut')
    expect(cards(editor.state.doc).map((c) => c.text)).toEqual(['Ny hal i Hvalsø'])
    expect(matches()).toBe(0)
  })

  it('never touches a section prompt, a derived block or a card’s fields', () => {
    open()
    replaceAll(editor, 'Hvalsø')
    const json = JSON.stringify(editor.getJSON())
    expect(json).toContain('"prompt":"Skriv om hallen i Bøvl"')
    expect(json).toContain('"type":"actionPlan"')
    expect(json).toContain('"title":"Initiativ A"')
    editor.state.doc.check()
  })

  it('is one undo step', () => {
    open()
    const before = editor.getJSON()
    replaceAll(editor, 'Hvalsø')
    undo(editor.state, editor.view.dispatch)
    expect(editor.getJSON()).toEqual(before)
  })

  it('changes nothing in a read-only plan', () => {
    open()
    editor.setEditable(false)
    expect(replaceAll(editor, 'Hvalsø')).toBe(0)
    expect(outsideText(editor.state.doc)).toContain('Bøvl')
  })
})

describe('Erstat', () => {
  it('first shows the match, then replaces one at a time and moves on', () => {
    open()
    replaceCurrent(editor, 'Bøvl By')
    expect(matches()).toBe(4) // the first press only selects the first match
    replaceCurrent(editor, 'Bøvl By')
    expect(outsideText(editor.state.doc)).toMatch(/^Hallen i Bøvl ByBøvl har/)
    // The replacement contains the query, but the next step is the next match, not the new text.
    const { from, to } = editor.state.selection
    expect(editor.state.doc.textBetween(from, to)).toBe('Bøvl')
    expect(from).toBeGreaterThan(editor.state.doc.child(0).nodeSize)
  })
})
