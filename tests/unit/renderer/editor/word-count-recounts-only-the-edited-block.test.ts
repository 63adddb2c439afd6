import { afterEach, describe, expect, it, vi } from 'vitest'
import fc from 'fast-check'
import { Node as PMNode } from '@tiptap/pm/model'
import { EditorState, TextSelection } from '@tiptap/pm/state'
import { planSchema } from '../../../../src/shared/document/extensions'
import { countWords } from '../../../../src/renderer/src/features/editor/wordCount'
import { generatePlan } from '../../../../bench/generate/plan'

const plan = PMNode.fromJSON(planSchema(), generatePlan(10).doc)
/** The whole text counted at once, as the editor's word count was before (CharacterCount). */
const whole = (doc: PMNode) =>
  doc
    .textBetween(0, doc.content.size, ' ', ' ')
    .split(' ')
    .filter((w) => w !== '').length

afterEach(() => vi.restoreAllMocks())

describe('the word count', () => {
  it('counts the plan as the whole text counted at once does', () => {
    expect(countWords(plan)).toBe(whole(plan))
    expect(countWords(plan)).toBeGreaterThan(4000)
  })

  it('after a keystroke reads only the block that was typed in', () => {
    countWords(plan)
    const reads = vi.spyOn(PMNode.prototype, 'textBetween')
    let pos = -1
    plan.forEach((n, p) => void (pos < 0 && n.type.name === 'paragraph' && (pos = p + 1)))
    const typed = EditorState.create({ doc: plan }).tr.insertText('forsamlingshuset ', pos).doc
    expect(countWords(typed)).toBe(whole(plan) + 1)
    expect(reads).toHaveBeenCalledTimes(1 + 1) // the edited block, and `whole` above
  })

  it('stays equal to the whole count through random typing, splitting and deleting', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.record({
            at: fc.double({ min: 0, max: 1, noNaN: true }),
            op: fc.constantFrom('type', 'space', 'enter', 'delete'),
          }),
          { maxLength: 25 },
        ),
        (edits) => {
          let state = EditorState.create({ doc: plan })
          for (const e of edits) {
            const pos = Math.floor(e.at * state.doc.content.size)
            const $pos = state.doc.resolve(pos)
            if (!$pos.parent.isTextblock) continue
            const tr = state.tr.setSelection(TextSelection.create(state.doc, pos))
            if (e.op === 'type') tr.insertText('ord')
            else if (e.op === 'space') tr.insertText(' ')
            else if (e.op === 'enter') tr.split(pos)
            else tr.delete(pos, Math.min(pos + 7, $pos.end()))
            state = state.apply(tr)
            expect(countWords(state.doc)).toBe(whole(state.doc))
          }
        },
      ),
      { numRuns: 40 },
    )
  })
})
