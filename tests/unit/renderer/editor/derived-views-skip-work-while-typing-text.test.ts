import { describe, expect, it } from 'vitest'
import { Node as PMNode } from '@tiptap/pm/model'
import { EditorState } from '@tiptap/pm/state'
import { planSchema } from '../../../../src/shared/document/extensions'
import { actionPlanRows, focusMatrix, focusOverview } from '../../../../src/shared/derive'
import type { DocJSON } from '../../../../src/shared/model/plan'
import { derivedSourceOf } from '../../../../src/renderer/src/features/editor/nodes/derivedSource'
import { benchCatalogue, generatePlan } from '../../../../bench/generate/plan'

const pm = (json: DocJSON) => PMNode.fromJSON(planSchema(), json)

/** Position inside the first top-level paragraph, and of the first initiative. */
function positions(doc: PMNode) {
  let paragraph = -1
  let initiative = -1
  doc.forEach((node, pos) => {
    if (paragraph < 0 && node.type.name === 'paragraph') paragraph = pos + 1
    if (initiative < 0 && node.type.name === 'initiative') initiative = pos
  })
  return { paragraph, initiative }
}

describe('the derived views are computed from headings and initiatives only', () => {
  const { doc: json } = generatePlan(20)
  const doc = pm(json)

  it('gives the same action plan, matrix and overview as the whole plan', () => {
    const source = derivedSourceOf(doc, null)
    expect(source.doc.content!.length).toBeLessThan(json.content!.length)
    expect(actionPlanRows(json, 'da').length).toBeGreaterThan(3)
    expect(actionPlanRows(source.doc, 'da')).toEqual(actionPlanRows(json, 'da'))
    expect(focusMatrix(source.doc, benchCatalogue)).toEqual(focusMatrix(json, benchCatalogue))
    expect(focusOverview(source.doc, benchCatalogue)).toEqual(focusOverview(json, benchCatalogue))
  })

  it('keeps its identity when ordinary text is typed, so nothing downstream re-renders', () => {
    const source = derivedSourceOf(doc, null)
    const typed = EditorState.create({ doc }).tr.insertText('forsamlingshuset ', positions(doc).paragraph).doc
    expect(typed.eq(doc)).toBe(false)
    expect(derivedSourceOf(typed, source)).toBe(source)
  })

  it('changes when an initiative changes, and the rows show it', () => {
    const source = derivedSourceOf(doc, null)
    const at = positions(doc).initiative
    const attrs = { ...doc.nodeAt(at)!.attrs, title: 'Ny legeplads' }
    const edited = EditorState.create({ doc }).tr.setNodeMarkup(at, undefined, attrs).doc
    const next = derivedSourceOf(edited, source)
    expect(next).not.toBe(source)
    expect(actionPlanRows(next.doc, 'da')[0].what).toBe('Ny legeplads')
  })
})
