// @vitest-environment happy-dom
import { expect, it } from 'vitest'
import fc from 'fast-check'
import type { Editor } from '@tiptap/core'
import type { Node as PMNode } from '@tiptap/pm/model'
import { NodeSelection, TextSelection, type Selection } from '@tiptap/pm/state'
import { card, cardEditor, cards, doc, h, outsideText, p, press, typeText } from './support/cardEditor'

/*
 * Random editing around initiative cards and derived blocks, with the rule checked after every
 * step. Text outside cards is lower case and text in cards upper case, so a letter on the wrong
 * side of a card's edge is text that moved into or out of a card; typed text is digits (it may go
 * anywhere). Each card's letters may only lose letters (a subsequence of what it had), except on
 * undo and redo, which may bring back any text that card had before.
 */
const start = () =>
  doc(
    h('intro', 1),
    p('aaa bbb'),
    card('A', 'AB', 'CDE'),
    h('next'),
    { type: 'actionPlan' },
    p('ccc'),
    card('B', 'FGHIJ'),
    { type: 'focusMatrix' },
    p('ddd'),
  )
const PASTED = 'KOPI'
const CARD_HTML = `<section data-type="initiative" data-id="&quot;A&quot;"><p>${PASTED}</p></section>`

type Step =
  | { kind: 'place'; at: number }
  | { kind: 'range'; a: number; b: number }
  | { kind: 'selectObject'; n: number }
  | { kind: 'type'; text: string }
  | { kind: 'key'; key: 'Enter' | 'Backspace' | 'Delete' }
  | { kind: 'paste' }
  | { kind: 'undo' }
  | { kind: 'redo' }

const step: fc.Arbitrary<Step> = fc.oneof(
  { weight: 4, arbitrary: fc.record({ kind: fc.constant('place' as const), at: fc.nat() }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('range' as const), a: fc.nat(), b: fc.nat() }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('selectObject' as const), n: fc.nat() }) },
  {
    weight: 2,
    arbitrary: fc.record({ kind: fc.constant('type' as const), text: fc.constantFrom('7', '42') }),
  },
  {
    weight: 5,
    arbitrary: fc.record({
      kind: fc.constant('key' as const),
      key: fc.constantFrom('Enter' as const, 'Backspace' as const, 'Delete' as const),
    }),
  },
  { weight: 1, arbitrary: fc.constant({ kind: 'paste' as const }) },
  { weight: 1, arbitrary: fc.constant({ kind: 'undo' as const }) },
  { weight: 1, arbitrary: fc.constant({ kind: 'redo' as const }) },
)

/** The edges of every textblock (where cards and derived blocks meet text) and one middle each. */
function spots(d: PMNode): number[] {
  const out: number[] = []
  d.descendants((node, pos) => {
    if (!node.isTextblock) return true
    const end = pos + 1 + node.content.size
    out.push(pos + 1, end, pos + 1 + Math.floor(node.content.size / 2))
    return false
  })
  return out
}

function objects(d: PMNode): { pos: number; node: PMNode }[] {
  const out: { pos: number; node: PMNode }[] = []
  d.descendants((node, pos) => {
    if (['initiative', 'actionPlan', 'focusMatrix'].includes(node.type.name)) out.push({ pos, node })
    return !node.isTextblock && node.type.name !== 'initiative'
  })
  return out
}

function apply(editor: Editor, s: Step): void {
  const d = editor.state.doc
  const at = (n: number) => {
    const all = spots(d)
    return all[n % all.length]
  }
  const set = (sel: Selection) => editor.view.dispatch(editor.state.tr.setSelection(sel))
  switch (s.kind) {
    case 'place':
      return set(TextSelection.create(d, at(s.at)))
    case 'range':
      return set(TextSelection.create(d, at(s.a), at(s.b)))
    case 'selectObject': {
      const all = objects(d)
      if (all.length) set(NodeSelection.create(d, all[s.n % all.length].pos))
      return
    }
    case 'type':
      return typeText(editor, s.text)
    case 'key':
      press(editor, s.key)
      return
    case 'paste':
      editor.view.pasteHTML(CARD_HTML)
      return
    case 'undo':
      editor.commands.undo()
      return
    case 'redo':
      editor.commands.redo()
      return
  }
}

const letters = (t: string) => t.replace(/[^A-Za-z]/g, '')
function isSubsequence(small: string, big: string): boolean {
  let i = 0
  for (const ch of big) if (ch === small[i]) i++
  return i === small.length
}

/** Is the card at `pos` (before the step) gone on purpose: selected, or wholly inside the range? */
function deliberatelyRemoved(sel: Selection, pos: number, size: number, s: Step): boolean {
  if (s.kind === 'undo' || s.kind === 'redo') return true
  if (s.kind === 'place' || s.kind === 'range' || s.kind === 'selectObject') return false
  if (sel instanceof NodeSelection) return sel.from === pos && s.kind !== 'type'
  return !sel.empty && sel.from <= pos && sel.to >= pos + size
}

it('random typing, Enter, Backspace, Delete, paste, undo and redo never merge text into or out of a card', () => {
  fc.assert(
    fc.property(fc.array(step, { minLength: 1, maxLength: 30 }), (steps) => {
      const editor = cardEditor(start())
      const seen = new Map<string, Set<string>>()
      const remember = () => {
        for (const c of cards(editor.state.doc)) {
          if (!seen.has(c.id)) seen.set(c.id, new Set())
          seen.get(c.id)!.add(letters(c.text))
        }
      }
      remember()
      try {
        for (const s of steps) {
          const beforeDoc = editor.state.doc
          const beforeSel = editor.state.selection
          const before = new Map(cards(beforeDoc).map((c) => [c.id, c]))
          const objectsBefore = objects(beforeDoc).length
          apply(editor, s)
          const after = editor.state.doc
          const now = cards(after)
          const where = `after ${JSON.stringify(s)} in ${JSON.stringify(after.toJSON())}`

          expect(() => after.check(), where).not.toThrow()
          expect(new Set(now.map((c) => c.id)).size, `ids unique ${where}`).toBe(now.length)
          expect(
            now.every((c) => c.id !== ''),
            where,
          ).toBe(true)
          expect(outsideText(after), `card text moved out ${where}`).not.toMatch(/[A-Z]/)
          for (const c of now) expect(c.text, `text moved into a card ${where}`).not.toMatch(/[a-z]/)

          const history = s.kind === 'undo' || s.kind === 'redo'
          for (const c of now) {
            const old = before.get(c.id)
            // A pasted card keeps the id of its original when that is no longer there (a move).
            const pasted = s.kind === 'paste' && letters(c.text) === PASTED
            if (history) expect(seen.get(c.id)?.has(letters(c.text)), `undo text ${where}`).toBe(true)
            else if (old && !pasted)
              expect(isSubsequence(letters(c.text), letters(old.text)), where).toBe(true)
            else {
              expect(s.kind, `a card appeared ${where}`).toBe('paste')
              expect(letters(c.text), where).toBe(PASTED)
            }
          }
          for (const [id, old] of before) {
            if (now.some((c) => c.id === id)) continue
            const size = beforeDoc.nodeAt(old.pos)!.nodeSize
            expect(deliberatelyRemoved(beforeSel, old.pos, size, s), `card ${id} lost ${where}`).toBe(true)
          }
          if (beforeSel instanceof TextSelection && beforeSel.empty && !history) {
            expect(
              objects(after).length,
              `an object went without being selected ${where}`,
            ).toBeGreaterThanOrEqual(objectsBefore)
          }
          remember()
        }
      } finally {
        editor.destroy()
      }
    }),
    { numRuns: 150 },
  )
})
