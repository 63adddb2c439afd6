import type { Catalogue, FocusArea } from '../../model/catalogue'
import type { OverviewEntry } from '../../model/overview'
import { focusOverview } from '../focusOverview'
import { villagesOf, type OverviewRow } from './overviewRows'

export type MatrixCell = { count: number; budget: number }

/** Focus areas (rows) against plans (columns), each cell the initiatives of that plan serving it. */
export type OverviewMatrix = {
  areas: FocusArea[]
  plans: { entryId: string; title: string; villages: string[] }[]
  /** cells[a][p]: area a, plan p. */
  cells: MatrixCell[][]
  /** Per focus area, over all plans. */
  areaTotals: MatrixCell[]
  /** Initiatives in the rows that serve no focus area of the catalogue. */
  unlinked: number
}

/**
 * The matrix of the rows shown (so a filter narrows it too): an initiative serving two focus areas
 * counts, with its whole budget, in both, as the plan's own focus overview counts it.
 */
export function overviewMatrix(
  entries: OverviewEntry[],
  rows: OverviewRow[],
  catalogue: Catalogue,
): OverviewMatrix {
  const areas = catalogue.focusAreas
  const areaIndex = new Map(areas.map((a, i) => [a.id, i]))
  const shown = new Set(rows.map((r) => r.entryId))
  const plans = entries
    .filter((e) => shown.has(e.entryId))
    .map((e) => ({ entryId: e.entryId, title: e.title, villages: villagesOf(e) }))
  const planIndex = new Map(plans.map((p, i) => [p.entryId, i]))
  const cells = areas.map(() => plans.map(() => ({ count: 0, budget: 0 })))
  const areaTotals = areas.map(() => ({ count: 0, budget: 0 }))
  let unlinked = 0
  for (const row of rows) {
    const p = planIndex.get(row.entryId)
    if (p === undefined) continue
    let linked = false
    for (const id of new Set(row.focusAreas)) {
      const a = areaIndex.get(id)
      if (a === undefined) continue
      linked = true
      for (const cell of [cells[a][p], areaTotals[a]]) {
        cell.count++
        cell.budget = Math.round((cell.budget + (row.budget ?? 0)) * 100) / 100
      }
    }
    if (!linked) unlinked++
  }
  return { areas, plans, cells, areaTotals, unlinked }
}

/**
 * Focus areas of the catalogue that no plan works on: in every plan's own focus overview the area
 * is a gap (no initiative and no section tagged with it). All of them while the collection is empty.
 */
export function overviewGaps(entries: OverviewEntry[], catalogue: Catalogue): FocusArea[] {
  const served = new Set<string>()
  for (const entry of entries) {
    const gaps = new Set(focusOverview(entry.doc, catalogue).gaps.map((g) => g.id))
    for (const a of catalogue.focusAreas) if (!gaps.has(a.id)) served.add(a.id)
  }
  return catalogue.focusAreas.filter((a) => !served.has(a.id))
}
