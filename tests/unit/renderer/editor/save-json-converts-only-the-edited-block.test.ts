import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import { Node as PMNode } from '@tiptap/pm/model'
import { EditorState, TextSelection } from '@tiptap/pm/state'
import { planSchema } from '../../../../src/shared/document/extensions'
import { docToJSON } from '../../../../src/renderer/src/features/editor/docJson'
import { generatePlan } from '../../../../bench/generate/plan'

const plan = PMNode.fromJSON(planSchema(), generatePlan(10).doc)

describe('the document saved after an edit', () => {
  it("is ProseMirror's own JSON of it", () => {
    expect(docToJSON(plan)).toEqual(plan.toJSON())
    const empty = planSchema().topNodeType.createAndFill()!
    expect(docToJSON(empty)).toEqual(empty.toJSON())
  })

  it('reuses the JSON of every block the edit did not touch', () => {
    const before = docToJSON(plan).content!
    let at = -1
    let index = -1
    plan.forEach((n, pos, i) => {
      if (at < 0 && i > 5 && n.type.name === 'paragraph') [at, index] = [pos + 1, i]
    })
    const typed = EditorState.create({ doc: plan }).tr.insertText('forsamlingshuset ', at).doc
    const after = docToJSON(typed).content!
    expect(after).toHaveLength(before.length)
    after.forEach((block, i) =>
      i === index ? expect(block).not.toBe(before[i]) : expect(block).toBe(before[i]),
    )
    expect(docToJSON(typed)).toEqual(typed.toJSON())
  })

  it('stays equal to toJSON() through random typing, splitting and deleting', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.record({
            at: fc.double({ min: 0, max: 1, noNaN: true }),
            op: fc.constantFrom('type', 'enter', 'delete'),
          }),
          { maxLength: 20 },
        ),
        (edits) => {
          let state = EditorState.create({ doc: plan })
          for (const e of edits) {
            const pos = Math.floor(e.at * state.doc.content.size)
            const $pos = state.doc.resolve(pos)
            if (!$pos.parent.isTextblock) continue
            const tr = state.tr.setSelection(TextSelection.create(state.doc, pos))
            if (e.op === 'type') tr.insertText('ord')
            else if (e.op === 'enter') tr.split(pos)
            else tr.delete(pos, Math.min(pos + 9, $pos.end()))
            state = state.apply(tr)
            expect(docToJSON(state.doc)).toEqual(state.doc.toJSON())
          }
        },
      ),
      { numRuns: 30 },
    )
  })
})
