import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import mammoth from 'mammoth'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { dispatch } from '../../../src/main/backend/dispatch'
import { createHandlers } from '../../../src/main/handlers'
import type { Plan } from '../../../src/shared/model/plan'
import { assertValidDocx } from '../export/fixtures/ooxmlSchemas'
import { tempBackend, testHost } from '../backend/support/tempBackend'

let env: Awaited<ReturnType<typeof tempBackend>>
beforeEach(async () => {
  env = await tempBackend()
})
afterEach(() => env.cleanup())

const card = (id: string, title: string, status: string, budget: number | null, extra = {}) => ({
  type: 'initiative',
  attrs: {
    id,
    title,
    status,
    lead: '',
    group: '',
    start: '2027-03',
    end: '2027-09',
    budget,
    ownFundingKr: null,
    volunteerHours: null,
    fundingSources: [],
    focusAreas: [],
    ...extra,
  },
  content: [{ type: 'paragraph', content: [{ type: 'text', text: `${title}.` }] }],
})

describe('the yearly status report', () => {
  it('compares the plan with the sent version, keeps the comments beside the plan and reads back from Word', async () => {
    const target = join(env.dataDir, 'status.docx')
    const host = { ...testHost(), showSaveDialog: async () => target }
    const handlers = createHandlers(env.backend, host)
    const call = async <T>(name: string, input: unknown): Promise<T> => {
      const r = await dispatch(handlers, name, input)
      if (!r.ok) throw new Error(`${name}: ${JSON.stringify(r.error)}`)
      return r.value as T
    }
    const plan = await call<Plan>('plans.create', { title: 'Udviklingsplan for Ølby' })
    const first = {
      type: 'doc',
      content: [
        card('lege', 'Ny legeplads', 'active', 100000),
        card('sti', 'Natursti', 'planned', 20000),
        card('fest', 'Byfest', 'idea', null),
      ],
    }
    const saved = await call<{ rev: number }>('plans.save', { id: plan.id, doc: first, rev: plan.rev })
    const version = await call<{ id: string }>('versions.create', {
      id: plan.id,
      name: 'Sendt til kommunen oktober',
    })
    const later = {
      type: 'doc',
      content: [
        card('lege', 'Ny legeplads', 'active', 125000),
        card('sti', 'Natursti', 'done', 20000, { statusHistory: [{ status: 'done', date: '2027-08-14' }] }),
        card('bænk', 'Bænke ved søen', 'planned', 8000),
      ].map((c) => ({ ...c, attrs: { ...c.attrs, id: c.attrs.id.replace('æ', 'ae') } })),
    }
    await call('plans.save', { id: plan.id, doc: later, rev: saved.rev })
    await call('yearlyStatus.save', {
      id: plan.id,
      notes: { comments: { lege: 'Kommunen har givet tilsagn om de sidste 25.000 kr.', sti: '' } },
    })
    expect(await call('yearlyStatus.get', { id: plan.id })).toEqual({
      comments: { lege: 'Kommunen har givet tilsagn om de sidste 25.000 kr.' },
    })
    // The comments live beside the plan, not in it: the plan's rev is untouched by a comment.
    const onDisk = JSON.parse(
      await readFile(join(env.dataDir, 'plans', plan.id, 'yearly-status.json'), 'utf8'),
    )
    expect(onDisk.comments.lege).toContain('tilsagn')

    const result = await call<{ status: string; path: string }>('yearlyStatus.exportDocx', {
      id: plan.id,
      versionId: version.id,
    })
    expect(result).toEqual({ status: 'saved', path: target })
    const bytes = new Uint8Array(await readFile(target))
    assertValidDocx(bytes, 'the status report')
    const html = (await mammoth.convertToHtml({ buffer: Buffer.from(bytes) })).value
    const month = [
      'januar',
      'februar',
      'marts',
      'april',
      'maj',
      'juni',
      'juli',
      'august',
      'september',
      'oktober',
      'november',
      'december',
    ][new Date().getMonth()]
    expect(html).toContain(`Status for udviklingsplanen, ${month} ${new Date().getFullYear()}`)
    expect(html).toContain('Sendt til kommunen oktober')
    expect(html).toContain('Nye: 1 · Afsluttede: 1 · Sat på pause: 0 · Ændret: 1 · Udgået: 1 · Uændret: 0')
    expect(html).toMatch(
      /Ny legeplads<\/h1>.*Ændret.*100\.000 kr\..*125\.000 kr\..*Kommunen har givet tilsagn/,
    )
    expect(html).toMatch(/Natursti<\/h1>.*Afsluttet.*Afsluttet \(siden 14\. august 2027\)/)
    expect(html).toMatch(/Byfest<\/h1>.*Udgået.*ikke i planen/)
    expect(html).toMatch(/Bænke ved søen<\/h1>.*Nyt/)
  })

  it('refuses comments for a plan that does not exist', async () => {
    const handlers = createHandlers(env.backend, testHost())
    const r = await dispatch(handlers, 'yearlyStatus.save', {
      id: 'f'.repeat(8) + '-0000-4000-8000-000000000000',
      notes: { comments: {} },
    })
    expect(r.ok).toBe(false)
  })
})
