// @vitest-environment happy-dom
import { afterEach, expect, it } from 'vitest'
import { Editor } from '@tiptap/core'
import { TextSelection } from '@tiptap/pm/state'
import { planExtensions } from '../../../src/shared/document/extensions'
import { checkDocument } from '../../../src/shared/document/validate'
import { initiativeNode } from '../../../src/shared/document/initiative/initiativeNode'
import { INITIATIVE_DEFAULTS } from '../../../src/shared/document/initiative/initiative'

let editor: Editor | null = null
afterEach(() => editor?.destroy())

const para = (text: string) => ({ type: 'paragraph', content: [{ type: 'text', text }] })

function editorWith(...blocks: object[]) {
  editor = new Editor({ extensions: planExtensions(), content: { type: 'doc', content: blocks } })
  return editor
}
const blocks = (e: Editor) => (e.getJSON().content ?? []).filter((n) => n.type !== 'paragraph')
const cardPos = (e: Editor) => {
  let at = -1
  e.state.doc.forEach((n, pos) => {
    if (n.type.name === 'initiative' && at < 0) at = pos
  })
  return at
}
/** The cursor inside the first paragraph. */
const caretInFirst = (e: Editor) => e.commands.setTextSelection(2)

it('inserts a card after the block holding the cursor, with the defaults under the given fields', () => {
  const e = editorWith(para('før'), para('efter'))
  caretInFirst(e)
  expect(e.commands.insertInitiative({ title: 'Ny sti', budget: 12500.5 }, { id: 'sti-1' })).toBe(true)
  const types = (e.getJSON().content ?? []).map((n) => n.type)
  expect(types.slice(0, 3)).toEqual(['paragraph', 'initiative', 'paragraph'])
  expect(blocks(e)[0].attrs).toEqual({
    ...INITIATIVE_DEFAULTS,
    id: 'sti-1',
    title: 'Ny sti',
    budget: 12500.5,
  })
  // What the command made, a save accepts.
  expect(checkDocument(e.getJSON()).ok).toBe(true)
})

it('refuses a card whose fields the node schema refuses, and the document stays as it was', () => {
  const e = editorWith(para('før'))
  caretInFirst(e)
  const before = e.getJSON()
  expect(e.commands.insertInitiative({ budget: -1 })).toBe(false)
  expect(e.commands.insertInitiative({ start: '2026-13' })).toBe(false)
  expect(e.commands.insertInitiative({ title: 'x'.repeat(2001) })).toBe(false)
  expect(e.commands.insertInitiative({}, { id: '../ikke et id' })).toBe(false)
  expect(e.getJSON()).toEqual(before)
})

it('sets some fields of a card, keeps the others, and refuses bad ones or a position without a card', () => {
  const e = editorWith(para('før'))
  caretInFirst(e)
  e.commands.insertInitiative({ title: 'Legeplads', lead: 'Hanne' }, { id: 'leg' })
  const pos = cardPos(e)
  expect(e.commands.setInitiative(pos, { status: 'active', volunteerHours: 40 })).toBe(true)
  expect(blocks(e)[0].attrs).toMatchObject({
    title: 'Legeplads',
    lead: 'Hanne',
    status: 'active',
    volunteerHours: 40,
  })

  const before = e.getJSON()
  expect(e.commands.setInitiative(pos, { budget: 0.001 })).toBe(false)
  expect(e.commands.setInitiative(pos, { status: 'forgotten' as never })).toBe(false)
  expect(e.commands.setInitiative(0, { title: 'ikke et kort' })).toBe(false)
  expect(e.getJSON()).toEqual(before)
})

it('inserts the action plan and the focus matrix after the block holding the cursor', () => {
  const e = editorWith(para('før'), para('efter'))
  caretInFirst(e)
  expect(e.commands.insertActionPlan()).toBe(true)
  e.commands.setTextSelection(TextSelection.atStart(e.state.doc).from)
  expect(e.commands.insertFocusMatrix()).toBe(true)
  expect((e.getJSON().content ?? []).map((n) => n.type).slice(0, 4)).toEqual([
    'paragraph',
    'focusMatrix',
    'actionPlan',
    'paragraph',
  ])
})

it('the factory the importer and the meeting use gives the same node as the command, or says why not', () => {
  const made = initiativeNode('k-1', { title: 'Kajak' })
  expect(made).toEqual({
    ok: true,
    value: {
      type: 'initiative',
      attrs: { ...INITIATIVE_DEFAULTS, id: 'k-1', title: 'Kajak' },
      content: [{ type: 'paragraph' }],
    },
  })
  const e = editorWith(para('før'))
  caretInFirst(e)
  e.commands.insertInitiative({ title: 'Kajak' }, { id: 'k-1' })
  // The editor fills in the paragraph's own defaults; the card's fields are the same.
  expect(blocks(e)[0].attrs).toEqual(made.ok ? made.value.attrs : null)

  const refused = initiativeNode('k-2', { ownFundingKr: Number.NaN })
  expect(refused.ok).toBe(false)
  if (!refused.ok) expect(refused.issue).toMatch(/ownFundingKr/)
})
