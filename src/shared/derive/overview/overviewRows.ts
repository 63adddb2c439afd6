import type { OverviewEntry } from '../../model/overview'
import type { InitiativeStatus } from '../../document/initiative/status'
import { actionPlanRows } from '../actionPlan'
import type { Lang } from '../format'

/** One initiative of one plan, as the overview's table and spreadsheet list it. */
export type OverviewRow = {
  entryId: string
  planTitle: string
  council: string
  /** The plan's villages, or its council when it names none: "per village" in the matrix. */
  villages: string[]
  name: string
  section: string | null
  status: InitiativeStatus
  start: string
  end: string
  when: string
  /** Years the initiative runs in (from its start and end month); empty when it has no dates. */
  years: number[]
  budget: number | null
  ownFundingKr: number | null
  /** What the council asks of the municipality: see askedOfMunicipality. */
  askedKr: number | null
  funding: string
  fundingSources: string[]
  focusAreas: string[]
}

const MUNICIPAL = /kommun|municipal/i

/**
 * What an initiative asks of the municipality: the part of its budget the council does not pay
 * itself (budget minus own financing), when one of its funding sources is the municipality (a
 * source naming "kommune", e.g. "Landdistriktspuljen, Vejen Kommune", or the plan's municipality
 * by name). 0 when no source is the municipality; null when the budget is not known.
 */
export function askedOfMunicipality(
  attrs: { budget: number | null; ownFundingKr: number | null; fundingSources: string[] },
  municipality: string,
): number | null {
  if (attrs.budget === null) return null
  const name = municipality.trim().toLowerCase()
  const asks = attrs.fundingSources.some(
    (s) => MUNICIPAL.test(s) || (name !== '' && s.toLowerCase().includes(name)),
  )
  if (!asks) return 0
  return Math.max(0, Math.round((attrs.budget - (attrs.ownFundingKr ?? 0)) * 100) / 100)
}

/** The calendar years from a start month to an end month ("2027-03" … "2028-12"), at most 30. */
export function yearsOf(start: string, end: string): number[] {
  const a = start ? Number(start.slice(0, 4)) : NaN
  const b = end ? Number(end.slice(0, 4)) : NaN
  const from = Number.isNaN(a) ? b : a
  const to = Number.isNaN(b) ? a : b
  if (Number.isNaN(from) || Number.isNaN(to)) return []
  const lo = Math.min(from, to)
  const hi = Math.min(Math.max(from, to), lo + 29)
  return Array.from({ length: hi - lo + 1 }, (_, i) => lo + i)
}

export const villagesOf = (entry: Pick<OverviewEntry, 'villages' | 'council' | 'title'>): string[] =>
  entry.villages.length ? entry.villages : [entry.council || entry.title]

/**
 * Every initiative of every plan in the collection, plan by plan in the order the council wrote
 * them: the plan's own action plan (actionPlanRows), with the plan's name and villages beside.
 */
export function overviewRows(entries: OverviewEntry[], lang: Lang): OverviewRow[] {
  const out: OverviewRow[] = []
  for (const entry of entries) {
    const villages = villagesOf(entry)
    for (const row of actionPlanRows(entry.doc, lang)) {
      const a = row.initiative.attrs
      out.push({
        entryId: entry.entryId,
        planTitle: entry.title,
        council: entry.council,
        villages,
        name: row.what,
        section: row.initiative.section,
        status: row.status,
        start: a.start,
        end: a.end,
        when: row.when,
        years: yearsOf(a.start, a.end),
        budget: row.budget,
        ownFundingKr: a.ownFundingKr,
        askedKr: askedOfMunicipality(a, entry.municipality),
        funding: row.funding,
        fundingSources: a.fundingSources,
        focusAreas: a.focusAreas,
      })
    }
  }
  return out
}

export type MoneyTotals = { budget: number; ownFundingKr: number; askedKr: number; count: number }

/** Sums of the known amounts of some rows (an unknown amount adds nothing). */
export function moneyTotals(rows: OverviewRow[]): MoneyTotals {
  const t: MoneyTotals = { budget: 0, ownFundingKr: 0, askedKr: 0, count: rows.length }
  for (const r of rows) {
    t.budget += r.budget ?? 0
    t.ownFundingKr += r.ownFundingKr ?? 0
    t.askedKr += r.askedKr ?? 0
  }
  const round = (n: number) => Math.round(n * 100) / 100
  return {
    budget: round(t.budget),
    ownFundingKr: round(t.ownFundingKr),
    askedKr: round(t.askedKr),
    count: t.count,
  }
}
