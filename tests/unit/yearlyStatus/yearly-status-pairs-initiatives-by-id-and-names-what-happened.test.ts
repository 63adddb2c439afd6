import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { lastSentVersion, yearlyStatus } from '../../../src/shared/derive/yearlyStatus'
import { INITIATIVE_STATUSES } from '../../../src/shared/document/initiative/status'
import { withStatusChange } from '../../../src/shared/document/initiative/statusHistory'
import { checkDocument } from '../../../src/shared/document/validate'
import type { DocJSON } from '../../../src/shared/model/plan'

type Card = {
  id: string
  title: string
  status?: string
  start?: string
  end?: string
  budget?: number | null
  statusHistory?: unknown
}
const card = ({ id, title, ...rest }: Card) => ({
  type: 'initiative',
  attrs: { id, title, status: 'planned', start: '', end: '', budget: null, ...rest },
  content: [{ type: 'paragraph' }],
})
const doc = (...cards: Card[]): DocJSON => ({ type: 'doc', content: cards.map(card) })

describe('Årlig status', () => {
  it('names each initiative new, dropped, done, paused, changed or the same', () => {
    const sent = doc(
      { id: 'a', title: 'Legeplads', status: 'active', budget: 100000 },
      { id: 'b', title: 'Sti', status: 'active' },
      { id: 'c', title: 'Byfest', status: 'planned' },
      { id: 'd', title: 'Shelter', status: 'planned', start: '2027-03' },
      { id: 'e', title: 'Cykelsti', status: 'idea' },
      { id: 'f', title: 'Bænke', status: 'planned' },
    )
    const now = doc(
      { id: 'a', title: 'Legeplads', status: 'active', budget: 125000 },
      { id: 'b', title: 'Sti', status: 'done', statusHistory: [{ status: 'done', date: '2027-08-14' }] },
      { id: 'c', title: 'Byfest', status: 'paused' },
      { id: 'd', title: 'Shelter', status: 'planned', start: '2027-05' },
      { id: 'f', title: 'Bænke', status: 'planned' },
      { id: 'g', title: 'Fællesspisning', status: 'idea' },
    )
    const rows = yearlyStatus(sent, now)
    expect(rows.map((r) => [r.id, r.kind])).toEqual([
      ['a', 'changed'],
      ['b', 'done'],
      ['c', 'paused'],
      ['d', 'changed'],
      ['f', 'same'],
      ['g', 'new'],
      ['e', 'dropped'],
    ])
    const a = rows[0]
    expect(a.changed).toEqual({ status: false, dates: false, budget: true })
    expect([a.then?.budget, a.now?.budget]).toEqual([100000, 125000])
    expect(rows[1].now?.since).toBe('2027-08-14')
    expect(rows[3].changed.dates).toBe(true)
    expect(rows[6].now).toBeNull()
  })

  it('has one row per named initiative of either side, whatever the two documents hold', () => {
    const ids = ['a', 'b', 'c', 'd', 'e']
    const cardArb = fc.record({
      id: fc.constantFrom(...ids),
      title: fc.constantFrom('', 'X', 'Y'),
      status: fc.constantFrom(...INITIATIVE_STATUSES),
      budget: fc.option(fc.integer({ min: 0, max: 1000 }), { nil: null }),
    })
    const side = fc.uniqueArray(cardArb, { selector: (c) => c.id, maxLength: 5 })
    fc.assert(
      fc.property(side, side, (then, now) => {
        const rows = yearlyStatus(doc(...then), doc(...now))
        const named = (cs: Card[]) => cs.filter((c) => c.title).map((c) => c.id)
        const expected = new Set([...named(now), ...named(then)])
        expect(rows.map((r) => r.id).sort()).toEqual([...expected].sort())
        for (const r of rows) {
          expect(r.kind === 'new').toBe(r.then === null)
          expect(r.kind === 'dropped').toBe(r.now === null)
          if (r.kind === 'same') {
            const { since: _since, ...now } = r.now ?? { since: null }
            expect(now).toEqual(r.then)
          }
          if (r.kind === 'done' || r.kind === 'paused') expect(r.then?.status).not.toBe(r.kind)
        }
        // Compared with itself, nothing happened.
        expect(yearlyStatus(doc(...now), doc(...now)).every((r) => r.kind === 'same')).toBe(true)
      }),
    )
  })

  it('compares with the newest named version', () => {
    const v = (id: string, createdAt: string) => ({ id, createdAt })
    expect(
      lastSentVersion([
        v('1', '2026-10-01T10:00:00Z'),
        v('2', '2027-03-01T10:00:00Z'),
        v('3', '2026-12-01T10:00:00Z'),
      ])?.id,
    ).toBe('2')
    expect(lastSentVersion([])).toBeNull()
  })
})

describe('status history on an initiative', () => {
  it('keeps the day of each change, one entry a day, and nothing when the status stays', () => {
    let h = withStatusChange([], 'idea', 'planned', '2027-01-10')
    h = withStatusChange(h, 'planned', 'active', '2027-02-01')
    h = withStatusChange(h, 'active', 'done', '2027-02-01')
    expect(withStatusChange(h, 'done', 'done', '2027-03-01')).toEqual(h)
    expect(h).toEqual([
      { status: 'planned', date: '2027-01-10' },
      { status: 'done', date: '2027-02-01' },
    ])
  })

  it('is checked by its schema, and a plan from before without it still opens', () => {
    expect(checkDocument(doc({ id: 'a', title: 'A' })).ok).toBe(true)
    expect(
      checkDocument(doc({ id: 'a', title: 'A', statusHistory: [{ status: 'done', date: '2027-02-01' }] })).ok,
    ).toBe(true)
    expect(
      checkDocument(doc({ id: 'a', title: 'A', statusHistory: [{ status: 'done', date: '1. feb' }] })).ok,
    ).toBe(false)
    expect(
      checkDocument(doc({ id: 'a', title: 'A', statusHistory: [{ status: 'gone', date: '2027-02-01' }] })).ok,
    ).toBe(false)
  })

  it('stays within its limit however often the status changes', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...INITIATIVE_STATUSES), { maxLength: 400 }), (changes) => {
        let h = withStatusChange([], 'idea', 'idea', '2027-01-01')
        let cur: (typeof INITIATIVE_STATUSES)[number] = 'idea'
        changes.forEach((s, i) => {
          const day = new Date(Date.UTC(2027, 0, 1 + i)).toISOString().slice(0, 10)
          h = withStatusChange(h, cur, s, day)
          cur = s
        })
        expect(checkDocument(doc({ id: 'a', title: 'A', status: cur, statusHistory: h })).ok).toBe(true)
      }),
      { numRuns: 30 },
    )
  })
})
