import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { exportPlanToDocx } from '../../../src/main/backend/export'
import { openDocx } from '../../../src/main/backend/import/openDocx'
import { readWordComments } from '../../../src/main/backend/reviews/wordComments'
import { addWordComments } from '../../fixtures/addWordComments'
import { tempBackend } from '../backend/support/tempBackend'

const p = (text: string) => ({ type: 'paragraph', content: [{ type: 'text', text }] })
const h = (text: string) => ({ type: 'heading', attrs: { level: 1 }, content: [{ type: 'text', text }] })
const docOf = (...content: unknown[]) => ({ type: 'doc' as const, content })

const original = docOf(
  h('Forord'),
  p('Planen er skrevet af lokalrådet i Østerby.'),
  h('Trafik'),
  p('Vi ønsker en cykelsti til Ålum og bedre busforbindelser om aftenen.'),
  p('Cykelstien skal være klar i 2027.'),
)

async function commentedExport(meta: Parameters<typeof exportPlanToDocx>[0]['plan']['meta']) {
  const bytes = await exportPlanToDocx({
    plan: { meta, doc: original },
    readAsset: async () => new Uint8Array(),
    options: { reviewCopy: true },
  })
  return addWordComments(bytes, [
    {
      anchor: 'lokalrådet i Østerby',
      author: 'Karen Ås',
      initials: 'KÅ',
      date: '2026-04-02T10:00:00Z',
      text: 'Nævn også borgermødet.',
    },
    {
      anchor: 'bedre busforbindelser',
      author: 'Karen Ås',
      date: '2026-04-02T10:05:00Z',
      text: 'Hvilke afgange?\nSkriv gerne tider.',
    },
    { anchor: 'klar i 2027', author: 'Jens Ørum', date: '2026-04-03T08:00:00Z', text: 'Er 2027 realistisk?' },
  ])
}

describe('review comments from Word', () => {
  let env: Awaited<ReturnType<typeof tempBackend>>
  beforeEach(async () => {
    env = await tempBackend()
  })
  afterEach(async () => env.cleanup())

  it('reads author, date, text and the anchored passage with its context', async () => {
    const plan = await env.backend.plans.create(
      {
        title: 'Plan',
        council: 'Østerby Lokalråd',
        kind: 'council',
        villages: [],
        municipality: '',
        templateId: 'blank',
      },
      null,
      null,
    )
    const comments = readWordComments(openDocx(await commentedExport(plan.meta)))
    expect(comments.map((c) => [c.author, c.anchorText, c.text])).toEqual([
      ['Karen Ås', 'lokalrådet i Østerby', 'Nævn også borgermødet.'],
      ['Karen Ås', 'bedre busforbindelser', 'Hvilke afgange?\nSkriv gerne tider.'],
      ['Jens Ørum', 'klar i 2027', 'Er 2027 realistisk?'],
    ])
    expect(comments[0]).toMatchObject({ initials: 'KÅ', date: '2026-04-02T10:00:00Z' })
    expect(comments[1].before).toContain('cykelsti til Ålum og ')
  })

  it('places comments on the edited plan, lists the unplaceable apart, and never changes the text', async () => {
    const plan = await env.backend.plans.create(
      { title: 'Plan', council: '', kind: 'council', villages: [], municipality: '', templateId: 'blank' },
      null,
      null,
    )
    const docx = await commentedExport(plan.meta)
    // Since sending: a heading added in front, the bus sentence re-spaced and re-cased, the 2027 sentence deleted.
    const edited = docOf(
      h('Indledning'),
      h('Forord'),
      p('Planen er skrevet af lokalrådet i Østerby.'),
      h('Trafik'),
      p('Vi ønsker en cykelsti til Ålum og Bedre  busforbindelser om aftenen.'),
    )
    const saved = await env.backend.plans.save({ id: plan.id, rev: plan.rev, doc: edited })
    const before = await env.backend.plans.get(plan.id)
    const reviews = env.backend.reviews
    const result = await reviews.importFrom(plan.id, docx, 'svar.docx')

    expect(result.found).toBe(3)
    expect(result.placed.map((c) => [c.anchorText, c.placed])).toEqual([
      ['lokalrådet i Østerby', { path: [2], from: 21, to: 41, match: 'exact' }],
      ['bedre busforbindelser', { path: [4], from: 34, to: 56, match: 'normalised' }],
    ])
    expect(result.unplaced.map((c) => c.text)).toEqual(['Er 2027 realistisk?'])

    const after = await env.backend.plans.get(plan.id)
    expect(after.rev).toBe(saved.rev)
    expect(after.doc).toEqual(before.doc)

    // Importing the same file again adds nothing.
    const again = await reviews.importFrom(plan.id, docx, 'svar.docx')
    expect(again.duplicates).toBe(3)
    expect(again.placed.length + again.unplaced.length).toBe(3)
  })

  it('keeps "handled" on disk across a restart', async () => {
    const plan = await env.backend.plans.create(
      { title: 'Plan', council: '', kind: 'council', villages: [], municipality: '', templateId: 'blank' },
      null,
      null,
    )
    await env.backend.plans.save({ id: plan.id, rev: plan.rev, doc: original })
    const first = await env.backend.reviews.importFrom(plan.id, await commentedExport(plan.meta), 'svar.docx')
    await env.backend.reviews.setHandled(plan.id, first.placed[1].id, true)
    const backend = await env.restart()
    const listed = await backend.reviews.list(plan.id)
    expect(listed.placed.map((c) => c.handled)).toEqual([false, true, false])
    expect(listed.unplaced).toEqual([])
  })
})
