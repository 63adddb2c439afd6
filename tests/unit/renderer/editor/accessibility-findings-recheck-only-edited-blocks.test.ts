import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import { Node as PMNode } from '@tiptap/pm/model'
import { EditorState, type Transaction } from '@tiptap/pm/state'
import { planSchema } from '../../../../src/shared/document/extensions'
import { accessibilityFindings } from '../../../../src/shared/derive/accessibility/accessibilityFindings'
import { findingsOf } from '../../../../src/renderer/src/features/editor/accessibility/useAccessibilityFindings'
import { generatePlan } from '../../../../bench/generate/plan'

const schema = planSchema()
const text = (t: string) => ({ type: 'text', text: t })
const h = (level: number, t: string) => ({ type: 'heading', attrs: { level }, content: [text(t)] })
const p = (t: string) => ({ type: 'paragraph', content: [text(t)] })
const cell = (type: string, t: string) => ({ type, content: [p(t)] })
const table = (header: boolean) => ({
  type: 'table',
  content: [
    { type: 'tableRow', content: [cell(header ? 'tableHeader' : 'tableCell', 'A'), cell('tableCell', 'B')] },
    { type: 'tableRow', content: [cell('tableCell', 'C'), cell('tableCell', 'D')] },
  ],
})
const image = (alt: string) => ({ type: 'image', attrs: { src: 'pv-asset:abc.png', alt } })

// Something of every kind the check looks for, before an ordinary generated plan.
const START = PMNode.fromJSON(schema, {
  type: 'doc',
  content: [
    h(1, 'Plan'),
    h(3, 'Springer et niveau over'),
    p('HER ER EN LANG TEKST SKREVET MED STORE BOGSTAVER OVER DET HELE AFSNIT'),
    image(''),
    image('IMG_2041.JPG'),
    table(false),
    table(true),
    {
      type: 'paragraph',
      content: [
        { type: 'text', text: 'klik her', marks: [{ type: 'link', attrs: { href: 'https://a.dk' } }] },
      ],
    },
    ...(generatePlan(2).doc.content as unknown[]),
  ],
})

const TEXTS = ['x', ' her', 'HER ER EN LANG TEKST SKREVET MED STORE BOGSTAVER OVER DET HELE', 'https://a.dk']
const edit = fc.record({
  at: fc.double({ min: 0, max: 1, noNaN: true }),
  op: fc.constantFrom('type', 'heading', 'paragraph', 'delete', 'link', 'image', 'table', 'drop', 'alt'),
  n: fc.integer({ min: 0, max: 5 }),
})
type Edit = { at: number; op: string; n: number }

const blockAt = (doc: PMNode, at: number) => {
  const index = Math.min(doc.childCount - 1, Math.floor(at * doc.childCount))
  let pos = 0
  for (let i = 0; i < index; i++) pos += doc.child(i).nodeSize
  return { index, pos, node: doc.child(index) }
}

/** One edit as a transaction, or null where it does not fit the spot chosen. */
function apply(state: EditorState, e: Edit): Transaction | null {
  const { doc } = state
  const tr = state.tr
  const pos = Math.floor(e.at * doc.content.size)
  const $pos = doc.resolve(pos)
  const block = blockAt(doc, e.at)
  switch (e.op) {
    case 'type':
      return $pos.parent.isTextblock ? tr.insertText(TEXTS[e.n % TEXTS.length], pos) : null
    case 'heading':
      return tr.setBlockType(pos, pos, schema.nodes.heading, { level: 1 + (e.n % 4) })
    case 'paragraph':
      return tr.setBlockType(pos, pos, schema.nodes.paragraph)
    case 'delete':
      return $pos.parent.isTextblock ? tr.delete(pos, Math.min(pos + 3 + e.n * 5, $pos.end())) : null
    case 'link':
      return $pos.parent.isTextblock
        ? tr.addMark(
            pos,
            $pos.end(),
            schema.marks.link.create({ href: e.n % 2 ? 'https://a.dk' : 'https://b.dk' }),
          )
        : null
    case 'image':
      return tr.insert(
        block.pos,
        PMNode.fromJSON(schema, image(['', 'IMG_1.JPG', 'Kort over byen'][e.n % 3])),
      )
    case 'table':
      return tr.insert(block.pos, PMNode.fromJSON(schema, table(e.n % 2 === 0)))
    case 'drop':
      return doc.childCount > 1 ? tr.delete(block.pos, block.pos + block.node.nodeSize) : null
    case 'alt': {
      let found: number | null = null
      doc.forEach((n, p) => void (found === null && n.type.name === 'image' && (found = p)))
      return found === null ? null : tr.setNodeAttribute(found, 'alt', e.n % 2 ? '' : 'Byens torv')
    }
  }
  return null
}

describe('the accessibility check after edits', () => {
  it('finds in the plan what a check of the whole plan finds', () => {
    expect(findingsOf(START)).toEqual(accessibilityFindings(START.toJSON()))
    expect(findingsOf(START).map((f) => f.kind)).toEqual(
      expect.arrayContaining([
        'heading-skips-level',
        'long-text-in-capitals',
        'image-without-alt',
        'table-without-header-row',
      ]),
    )
  })

  it('equals the whole check through random edit sequences, blocks cached between them', () => {
    fc.assert(
      fc.property(fc.array(edit, { minLength: 1, maxLength: 30 }), (edits) => {
        let state = EditorState.create({ doc: START })
        findingsOf(state.doc)
        for (const e of edits) {
          const tr = apply(state, e)
          if (!tr || !tr.docChanged) continue
          state = state.apply(tr)
          expect(findingsOf(state.doc)).toEqual(accessibilityFindings(state.doc.toJSON()))
        }
      }),
      { numRuns: 60 },
    )
  })

  it('gives back the same list when an edit changes no finding, so the panel does not render again', () => {
    let at = -1
    // The last paragraph, ordinary generated text.
    START.forEach((n, p) => void (n.type.name === 'paragraph' && (at = p + 1)))
    const typeWord = (doc: PMNode) => EditorState.create({ doc }).tr.insertText('ord ', at).doc
    const once = typeWord(START)
    const before = findingsOf(once)
    expect(findingsOf(typeWord(once))).toBe(before)
  })
})
