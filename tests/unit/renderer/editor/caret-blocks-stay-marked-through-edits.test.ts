import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import { Node as PMNode } from '@tiptap/pm/model'
import { EditorState, TextSelection } from '@tiptap/pm/state'
import type { DecorationSet } from '@tiptap/pm/view'
import { planSchema } from '../../../../src/shared/document/extensions'
import {
  nearCaret,
  nearCaretPlugin,
} from '../../../../src/renderer/src/features/editor/extensions/caretBlockVisible'
import { generatePlan } from '../../../../bench/generate/plan'

const plan = PMNode.fromJSON(planSchema(), generatePlan(3).doc)
const marked = (set: DecorationSet) =>
  set
    .find()
    .map((d) => `${d.from}-${d.to}`)
    .sort()

/** The decorations the plugin gives, read as its decorations prop gives them to the view. */
function fromPlugin(state: EditorState): DecorationSet {
  const plugin = state.plugins[0]
  return plugin.props.decorations!.call(plugin, state) as DecorationSet
}

describe('the blocks around the caret', () => {
  it('are the same marked blocks as a fresh build after any typing, Enter, deleting and caret moves', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.record({
            at: fc.double({ min: 0, max: 1, noNaN: true }),
            op: fc.constantFrom('type', 'enter', 'delete', 'move', 'heading'),
          }),
          { maxLength: 30 },
        ),
        (edits) => {
          let state = EditorState.create({ doc: plan, plugins: [nearCaretPlugin()] })
          for (const e of edits) {
            const pos = Math.floor(e.at * state.doc.content.size)
            const $pos = state.doc.resolve(pos)
            const tr = state.tr
            if (e.op === 'move' || !$pos.parent.isTextblock) {
              tr.setSelection(TextSelection.near($pos))
            } else {
              tr.setSelection(TextSelection.create(state.doc, pos))
              if (e.op === 'type') tr.insertText('ab')
              if (e.op === 'enter') tr.split(pos)
              if (e.op === 'delete' && pos > $pos.start()) tr.delete(pos - 1, pos)
              if (e.op === 'heading')
                tr.setBlockType($pos.start(), $pos.end(), state.schema.nodes.heading, { level: 2 })
            }
            state = state.apply(tr)
            expect(marked(fromPlugin(state))).toEqual(marked(nearCaret(state)))
          }
        },
      ),
      { numRuns: 60 },
    )
  })

  it('are not rebuilt when nothing but the save state changes', () => {
    const state = EditorState.create({ doc: plan, plugins: [nearCaretPlugin()] })
    const next = state.apply(state.tr.setMeta('saved', true))
    expect(fromPlugin(next)).toBe(fromPlugin(state))
  })
})
