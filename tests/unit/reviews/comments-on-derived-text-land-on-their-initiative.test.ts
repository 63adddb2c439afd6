import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { exportPlanToDocx } from '../../../src/main/backend/export'
import type { DocJSON } from '../../../src/shared/model/plan'
import { addWordComments, type CommentSpec } from '../../fixtures/addWordComments'
import { docxSchemaErrors } from '../export/fixtures/ooxmlSchemas'
import { catalogue } from '../export/fixtures/samplePlan'
import { tempBackend } from '../backend/support/tempBackend'

const t = (text: string) => ({ type: 'text', text })
const p = (text: string) => ({ type: 'paragraph', content: [t(text)] })
const h = (text: string) => ({ type: 'heading', attrs: { level: 1 }, content: [t(text)] })
const initiative = (id: string, title: string, budget: number, focusAreas: string[], text: string) => ({
  type: 'initiative',
  attrs: { id, title, status: 'planned', budget, focusAreas },
  content: [p(text)],
})

const sti = initiative(
  'c0ffee00-0000-4000-8000-000000000001',
  'Ny sti',
  12_500_000,
  ['natur'],
  'En trampesti på 4 km.',
)
const spisning = initiative(
  'c0ffee00-0000-4000-8000-000000000002',
  'Fælles spisning',
  40_000,
  [],
  'Hver fredag.',
)
const doc: DocJSON = {
  type: 'doc',
  content: [
    h('Initiativer'),
    sti,
    spisning,
    h('Handlingsplan'),
    { type: 'actionPlan' },
    h('Sammenhæng'),
    { type: 'focusMatrix' },
  ],
}

const comment = (anchor: string, text: string, nth?: number): CommentSpec => ({
  anchor,
  text,
  nth,
  author: 'Konsulent',
  date: '2026-04-02T10:00:00Z',
})

/** The consultant's comments, each on text the export derived, but one on the plan's own text.
 * Occurrences in order: the contents, the initiative's heading and field table, the action plan,
 * the focus matrix. */
const COMMENTS = [
  comment('Ny sti', 'Titlen er for kort.', 1),
  comment('12.500.000', 'Budgettet er højt.', 0),
  comment('40.000', 'Rækken i handlingsplanen: realistisk?', 1),
  comment('Hvornår', 'Kolonnen mangler datoer.', 0),
  comment('✓ Ja', 'Passer det med natur?', 0),
  comment('trampesti på 4 km', 'Hvor præcis?', 0),
]

describe('comments on text the export derives', () => {
  let env: Awaited<ReturnType<typeof tempBackend>>
  beforeEach(async () => {
    env = await tempBackend()
  })
  afterEach(async () => env.cleanup())

  async function planWithReview() {
    const plan = await env.backend.plans.create(
      { title: 'Plan', council: '', kind: 'council', villages: [], municipality: '', templateId: 'blank' },
      null,
      catalogue,
    )
    const saved = await env.backend.plans.save({ id: plan.id, rev: plan.rev, doc })
    const stored = await env.backend.plans.get(plan.id)
    const bytes = await exportPlanToDocx({
      plan: stored,
      readAsset: async () => new Uint8Array(),
      options: { reviewCopy: true },
    })
    expect(docxSchemaErrors(bytes)).toEqual([])
    return { plan: stored, rev: saved.rev, docx: addWordComments(bytes, COMMENTS) }
  }

  it('land on the initiative or block they came from, not in "could not be placed"', async () => {
    const { plan, docx } = await planWithReview()
    const result = await env.backend.reviews.importFrom(plan.id, docx, 'svar.docx')
    expect(result.found).toBe(COMMENTS.length)
    expect(result.unplaced).toEqual([])
    const where = Object.fromEntries(result.placed.map((c) => [c.text, c.placed]))
    const onNode = (index: number) => ({ path: [index], from: 0, to: 0, match: 'derived' })
    expect(where['Titlen er for kort.']).toEqual(onNode(1))
    expect(where['Budgettet er højt.']).toEqual(onNode(1))
    // An action-plan row and a focus-matrix row are about the initiative their first cell names.
    expect(where['Rækken i handlingsplanen: realistisk?']).toEqual(onNode(2))
    expect(where['Passer det med natur?']).toEqual(onNode(1))
    // The action plan's own heading row belongs to the action plan.
    expect(where['Kolonnen mangler datoer.']).toEqual(onNode(4))
    // The description is the plan's own text: placed on the words, inside the card.
    expect(where['Hvor præcis?']).toEqual({ path: [1, 0], from: 3, to: 20, match: 'exact' })
  })

  it('follow their initiative when the plan has moved on since', async () => {
    const { plan, rev, docx } = await planWithReview()
    const moved: DocJSON = { type: 'doc', content: [h('Initiativer'), spisning, p('Nyt afsnit.'), sti] }
    await env.backend.plans.save({ id: plan.id, rev, doc: moved })
    const result = await env.backend.reviews.importFrom(plan.id, docx, 'svar.docx')
    const where = Object.fromEntries(result.placed.map((c) => [c.text, c.placed?.path]))
    expect(where['Titlen er for kort.']).toEqual([3])
    expect(where['Rækken i handlingsplanen: realistisk?']).toEqual([1])
    // The action plan is gone from the plan: a comment on its heading row has nowhere to go.
    expect(result.unplaced.map((c) => c.text)).toEqual(['Kolonnen mangler datoer.'])
  })
})
