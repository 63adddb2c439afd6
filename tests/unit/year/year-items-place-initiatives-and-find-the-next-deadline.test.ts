import { describe, expect, it } from 'vitest'
import { initiativeItems, nextDeadline, yearItems } from '../../../src/shared/derive/yearItems'
import type { YearWheel } from '../../../src/shared/model/yearWheel'
import type { DocJSON } from '../../../src/shared/model/plan'

const initiative = (id: string, title: string, start: string, end: string) => ({
  type: 'initiative',
  attrs: { id, title, start, end, status: 'planned', lead: 'Mette' },
  content: [{ type: 'paragraph' }],
})
const doc = (...nodes: unknown[]) => ({ type: 'doc', content: nodes }) as DocJSON

const wheel = (events: YearWheel['events']): YearWheel => ({
  id: 'w',
  municipality: 'Testkommune',
  title: 'Årshjul',
  version: '1',
  source: { url: '', date: '', note: '' },
  events,
})
const ev = (id: string, kind: 'meeting' | 'deadline', months: number[], dates: string[] = []) => ({
  id,
  name: id,
  kind,
  months,
  dates,
  who: '',
  prepare: '',
})

describe('the initiatives on the wheel of one year', () => {
  const plan = doc(
    initiative('a', 'Legeplads', '2026-10', '2027-04'),
    initiative('b', 'Stisystem', '2027-03', '2028-06'),
    initiative('c', 'Kun start', '2027-05', ''),
    initiative('d', 'Intet tidspunkt', '', ''),
    initiative('e', 'Sidste år', '2025-01', '2025-12'),
  )

  it('clips each to the year by its start and end months and leaves out those with no months', () => {
    expect(initiativeItems(plan, 2027).map((i) => [i.name, i.startMonth, i.endMonth])).toEqual([
      ['Legeplads', 1, 4],
      ['Stisystem', 3, 12],
      ['Kun start', 5, 5],
    ])
    expect(initiativeItems(plan, 2028).map((i) => [i.name, i.startMonth, i.endMonth])).toEqual([
      ['Stisystem', 1, 6],
    ])
  })

  it('lists the year by month, deadlines before meetings before initiatives', () => {
    const items = yearItems(wheel([ev('moede', 'meeting', [3]), ev('frist', 'deadline', [3])]), plan, 2027)
    expect(items.map((i) => i.name)).toEqual(['Legeplads', 'frist', 'moede', 'Stisystem', 'Kun start'])
  })
})

describe('the next deadline', () => {
  const wheels = [
    wheel([
      ev('moede', 'meeting', [1]),
      ev('marts', 'deadline', [3]),
      ev('dag', 'deadline', [], ['2027-02-10']),
    ]),
  ]

  it('is the nearest deadline from today, meetings not counted', () => {
    expect(nextDeadline(wheels, '2027-01-05')).toMatchObject({ name: 'dag', date: '2027-02-10' })
    expect(nextDeadline(wheels, '2027-02-11')).toMatchObject({ name: 'marts', date: null, month: '2027-03' })
  })

  it('keeps a monthly deadline to the end of its month, then moves it to next year', () => {
    expect(nextDeadline(wheels, '2027-03-31')).toMatchObject({ name: 'marts', month: '2027-03' })
    expect(nextDeadline(wheels, '2027-04-01')).toMatchObject({ name: 'marts', month: '2028-03' })
  })

  it('is none when no wheel has a deadline', () => {
    expect(nextDeadline([wheel([ev('moede', 'meeting', [6])])], '2027-01-01')).toBeNull()
  })
})
