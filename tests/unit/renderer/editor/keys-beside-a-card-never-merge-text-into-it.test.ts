// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest'
import type { Editor } from '@tiptap/core'
import { NodeSelection } from '@tiptap/pm/state'
import i18next from 'i18next'
import { planExtensions } from '../../../../src/shared/document/extensions'
import { editorOnlyExtensions } from '../../../../src/renderer/src/features/editor/extensions/editorExtensions'
import { createEditorBus } from '../../../../src/renderer/src/features/editor/editorBus'
import {
  blockStart,
  card,
  cardEditor,
  cards,
  doc,
  h,
  outsideText,
  p,
  press,
  select,
  typeText,
} from './support/cardEditor'

let editor: Editor
afterEach(() => editor?.destroy())

// Forord | card A "Beskrivelse" | heading "Næste afsnit" | "Tekst"
const plan = () => doc(h('Forord', 1), card('A', 'Beskrivelse'), h('Næste afsnit'), p('Tekst'))
const headingAfterCard = () => blockStart(editor.state.doc, 2)
const cardA = () => cards(editor.state.doc)[0]

function expectIntact() {
  expect(cards(editor.state.doc).map((c) => [c.id, c.text])).toEqual([['A', 'Beskrivelse']])
  expect(outsideText(editor.state.doc)).toContain('Næste afsnit')
  editor.state.doc.check()
}

describe('Backspace at the start of the heading after a card', () => {
  it('selects the card and leaves the card and the heading as they were', () => {
    editor = cardEditor(plan())
    select(editor, headingAfterCard())
    expect(press(editor, 'Backspace')).toBe(true)
    expectIntact()
    expect(editor.state.selection).toBeInstanceOf(NodeSelection)
    expect((editor.state.selection as NodeSelection).node.attrs.id).toBe('A')
  })

  it('after an Enter made an empty line above the heading, Backspace never puts the cursor in the card', () => {
    editor = cardEditor(plan())
    select(editor, headingAfterCard())
    press(editor, 'Enter')
    // The cursor is in the heading, after the new empty line; back to the empty line and Backspace.
    select(editor, headingAfterCard())
    press(editor, 'Backspace')
    typeText(editor, 'x')
    expect(cards(editor.state.doc).map((c) => c.text)).toEqual(['Beskrivelse'])
    expect(outsideText(editor.state.doc)).toBe('ForordxNæste afsnitTekst')
  })

  it('a selection from the end of the card to the heading (as the browser reports it) joins nothing', () => {
    editor = cardEditor(plan())
    const { pos } = cardA()
    const cardTextEnd = pos + 2 + 'Beskrivelse'.length
    select(editor, cardTextEnd, headingAfterCard())
    press(editor, 'Backspace')
    expectIntact()
    expect(editor.getJSON().content?.[2]).toMatchObject({
      type: 'heading',
      content: [{ text: 'Næste afsnit' }],
    })
  })

  it('a selection from inside the card into the heading deletes on each side, never joining them', () => {
    editor = cardEditor(plan())
    select(editor, cardA().pos + 2 + 4, headingAfterCard() + 3)
    press(editor, 'Delete')
    expect(cards(editor.state.doc).map((c) => [c.id, c.text])).toEqual([['A', 'Besk']])
    expect(outsideText(editor.state.doc)).toBe('Forordte afsnitTekst')
  })

  it('a selection from the heading before into the card leaves the rest of the card in the card', () => {
    editor = cardEditor(plan())
    select(editor, 3, cardA().pos + 2 + 4)
    press(editor, 'Backspace')
    expect(cards(editor.state.doc).map((c) => [c.id, c.text])).toEqual([['A', 'rivelse']])
    expect(outsideText(editor.state.doc)).toBe('FoNæste afsnitTekst')
  })

  it('typing on a selected card writes in the block after it; the card stays', () => {
    editor = cardEditor(plan())
    select(editor, headingAfterCard())
    press(editor, 'Backspace')
    typeText(editor, 'Ny ')
    expectIntact()
    expect(outsideText(editor.state.doc)).toBe('ForordNy Næste afsnitTekst')
  })
})

describe('cutting a range that reaches into a card', () => {
  it('cuts on each side of the card edge, as ProseMirror does it on Ctrl+X', async () => {
    editor = cardEditor(plan())
    select(editor, cardA().pos + 2 + 4, headingAfterCard() + 3)
    // What ProseMirror's cut handler dispatches once the clipboard holds the text.
    editor.view.dispatch(editor.state.tr.deleteSelection().setMeta('uiEvent', 'cut'))
    await Promise.resolve()
    expect(cards(editor.state.doc).map((c) => [c.id, c.text])).toEqual([['A', 'Besk']])
    expect(outsideText(editor.state.doc)).toBe('Forordte afsnitTekst')
  })
})

describe('Delete at the end of the block before a card', () => {
  it('selects the card instead of pulling its text up', () => {
    editor = cardEditor(plan())
    select(editor, 1 + 'Forord'.length)
    expect(press(editor, 'Delete')).toBe(true)
    expectIntact()
    expect(editor.state.selection).toBeInstanceOf(NodeSelection)
  })
})

describe("at the edges of a card's description", () => {
  it('Backspace at its start and Delete at its end are taken by the editor, not left to the browser', () => {
    editor = cardEditor(plan())
    select(editor, cardA().pos + 2)
    expect(press(editor, 'Backspace')).toBe(true)
    select(editor, cardA().pos + 2 + 'Beskrivelse'.length)
    expect(press(editor, 'Delete')).toBe(true)
    expectIntact()
  })
})

describe('pasting a card', () => {
  const cardHtml = '<section data-type="initiative" data-id="&quot;A&quot;"><p>Kopi</p></section>'

  it('inside a card puts the copy after it, with an id of its own', () => {
    editor = cardEditor(plan())
    select(editor, cardA().pos + 2 + 4)
    editor.view.pasteHTML(cardHtml)
    const all = cards(editor.state.doc)
    expect(all.map((c) => c.text)).toEqual(['Beskrivelse', 'Kopi'])
    expect(all[0].id).toBe('A')
    expect(new Set(all.map((c) => c.id)).size).toBe(2)
  })

  it('above the original: the pasted one is the copy and gets the new id', () => {
    editor = cardEditor(plan())
    select(editor, 1)
    editor.view.pasteHTML(cardHtml)
    const all = cards(editor.state.doc)
    expect(all.map((c) => c.text)).toEqual(['Kopi', 'Beskrivelse'])
    expect(all[1].id).toBe('A')
    expect(all[0].id).not.toBe('A')
    // Undo takes back the copy and its id together; redo brings both back.
    editor.commands.undo()
    expect(cards(editor.state.doc).map((c) => [c.id, c.text])).toEqual([['A', 'Beskrivelse']])
    editor.commands.redo()
    const again = cards(editor.state.doc)
    expect(again.map((c) => c.text)).toEqual(['Kopi', 'Beskrivelse'])
    expect(new Set(again.map((c) => c.id)).size).toBe(2)
  })
})

describe('a plan saved with two cards of one id', () => {
  it('is mended as it opens: the first keeps its id, the copy gets a new one', async () => {
    editor = cardEditor(doc(card('A', 'Første'), p('mellem'), card('A', 'Kopi')))
    await new Promise((r) => setTimeout(r, 0))
    const all = cards(editor.state.doc)
    expect(all[0].id).toBe('A')
    expect(all[1].id).not.toBe('A')
    expect(all[1].id).toMatch(/^[0-9a-f-]{36}$/)
  })
})

describe('a card without a usable id (pasted from outside, or an empty data-id)', () => {
  // A save refuses a card whose id is empty or not a safe id, so such a card would make every
  // autosave fail: it gets a fresh id as it arrives, in the same step.
  it('gets a fresh id as the plan opens', async () => {
    editor = cardEditor(doc(card('', 'Uden id'), p('mellem'), card('a b/c', 'Skævt id')))
    await new Promise((r) => setTimeout(r, 0))
    for (const c of cards(editor.state.doc)) expect(c.id).toMatch(/^[0-9a-f-]{36}$/)
  })

  it('gets a fresh id when pasted in', () => {
    editor = cardEditor(doc(p('start')))
    editor.commands.insertContentAt(1, card('', 'Indsat'))
    expect(cards(editor.state.doc).map((c) => c.id)).toEqual([expect.stringMatching(/^[0-9a-f-]{36}$/)])
  })
})

describe("the editor's own extension list", () => {
  it('carries the card rules', () => {
    const list = [...planExtensions(), ...editorOnlyExtensions(createEditorBus(), i18next.t.bind(i18next))]
    editor = cardEditor(plan(), list)
    select(editor, cardA().pos + 2 + 4, headingAfterCard() + 3)
    press(editor, 'Backspace')
    expect(cards(editor.state.doc).map((c) => [c.id, c.text])).toEqual([['A', 'Besk']])
  })
})
