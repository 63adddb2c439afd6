import { mkdir, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { afterEach, beforeEach, expect, it, vi } from 'vitest'
import type { ReviewComment, ReviewsFile } from '../../../src/shared/model/review'
import { normalise } from '../../../src/main/backend/reviews/normalise'
import { tempBackend } from '../backend/support/tempBackend'

// The normaliser as it is, with its calls counted.
vi.mock('../../../src/main/backend/reviews/normalise', async (importOriginal) => {
  const real = await importOriginal<typeof import('../../../src/main/backend/reviews/normalise')>()
  return { ...real, normalise: vi.fn(real.normalise) }
})

let env: Awaited<ReturnType<typeof tempBackend>>
beforeEach(async () => {
  env = await tempBackend()
})
afterEach(() => env.cleanup())

const p = (text: string) => ({ type: 'paragraph', content: [{ type: 'text', text }] })

it('listing 200 comments on a long plan normalises the plan text once, not once per comment', async () => {
  const paragraphs = Array.from({ length: 2000 }, (_, i) =>
    p(`Afsnit ${i}: Vi ønsker en cykelsti til Ålum nummer ${i}.`),
  )
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
  await env.backend.plans.save({ id: plan.id, rev: plan.rev, doc: { type: 'doc', content: paragraphs } })
  // Word changed case and spacing, so none is found as it stands: each needs the normalised text.
  const comments: ReviewComment[] = Array.from({ length: 200 }, (_, i) => ({
    id: `c${i}`,
    wordId: String(i),
    author: 'Karen Ås',
    initials: 'KÅ',
    date: '2026-04-02T10:00:00Z',
    text: 'Hvornår?',
    anchorText: `CYKELSTI  til ålum nummer ${i * 10}.`,
    before: '',
    after: '',
    placed: null,
    handled: false,
    source: 'retur.docx',
  }))
  const file: ReviewsFile = { schemaVersion: 1, comments }
  await mkdir(join(env.dataDir, 'plans', plan.id), { recursive: true })
  await writeFile(join(env.dataDir, 'plans', plan.id, 'reviews.json'), JSON.stringify(file))

  const counted = vi.mocked(normalise)
  counted.mockClear()
  const list = await env.backend.reviews.list(plan.id)
  expect(list.placed).toHaveLength(200)
  expect(list.placed.every((c) => c.placed?.match === 'normalised')).toBe(true)
  expect(list.placed[7].placed?.path).toEqual([70])
  const planLength = 2000 * 40
  const wholePlan = counted.mock.calls.filter(([s]) => s.length > planLength)
  expect(wholePlan).toHaveLength(1)
})
