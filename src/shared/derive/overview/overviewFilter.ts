import type { InitiativeStatus } from '../../document/initiative/status'
import type { OverviewRow } from './overviewRows'

/** What the consultant narrows the overview to; '' / null is "all". */
export type OverviewFilter = {
  focusArea: string
  status: InitiativeStatus | ''
  village: string
  year: number | null
  search: string
}

export const NO_FILTER: OverviewFilter = { focusArea: '', status: '', village: '', year: null, search: '' }

export const SORT_KEYS = ['plan', 'name', 'status', 'start', 'budget', 'askedKr'] as const
export type SortKey = (typeof SORT_KEYS)[number]
export type Sort = { key: SortKey; dir: 'asc' | 'desc' }

const fold = (s: string) => s.toLocaleLowerCase('da')

/** The words a search looks in: the initiative, its plan, villages, section and funding. */
function haystack(r: OverviewRow): string {
  return fold([r.name, r.planTitle, r.council, r.villages.join(' '), r.section ?? '', r.funding].join('\n'))
}

/** The rows the filter lets through, in their order. Every word searched for must occur. */
export function filterRows(rows: OverviewRow[], f: OverviewFilter): OverviewRow[] {
  const words = fold(f.search).split(/\s+/).filter(Boolean)
  return rows.filter(
    (r) =>
      (!f.focusArea || r.focusAreas.includes(f.focusArea)) &&
      (!f.status || r.status === f.status) &&
      (!f.village || r.villages.includes(f.village)) &&
      (f.year === null || r.years.includes(f.year)) &&
      (words.length === 0 || words.every((w) => haystack(r).includes(w))),
  )
}

const STATUS_ORDER: Record<InitiativeStatus, number> = { idea: 0, planned: 1, active: 2, done: 3, paused: 4 }

function compare(a: OverviewRow, b: OverviewRow, key: SortKey): number {
  switch (key) {
    case 'plan':
      return a.planTitle.localeCompare(b.planTitle, 'da')
    case 'name':
      return a.name.localeCompare(b.name, 'da')
    case 'status':
      return STATUS_ORDER[a.status] - STATUS_ORDER[b.status]
    case 'start':
      // No start sorts last either way round; months as "YYYY-MM" sort as text.
      return (a.start || '9999').localeCompare(b.start || '9999')
    case 'budget':
      return (a.budget ?? -1) - (b.budget ?? -1)
    case 'askedKr':
      return (a.askedKr ?? -1) - (b.askedKr ?? -1)
  }
}

/** A sorted copy; ties keep the plans' own order (Array.prototype.sort is stable). */
export function sortRows(rows: OverviewRow[], sort: Sort): OverviewRow[] {
  const sign = sort.dir === 'asc' ? 1 : -1
  return [...rows].sort((a, b) => sign * compare(a, b, sort.key))
}

/** The villages and years the rows hold, for the filter's choices. */
export function filterChoices(rows: OverviewRow[]): { villages: string[]; years: number[] } {
  const villages = new Set<string>()
  const years = new Set<number>()
  for (const r of rows) {
    for (const v of r.villages) villages.add(v)
    for (const y of r.years) years.add(y)
  }
  return {
    villages: [...villages].sort((a, b) => a.localeCompare(b, 'da')),
    years: [...years].sort((a, b) => a - b),
  }
}
