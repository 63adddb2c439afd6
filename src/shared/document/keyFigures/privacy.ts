import type { KeyFigureTable } from '../../model/keyFigures'

/** Below this many people a count can point out a person in a village of 200 (Danmarks Statistik
 * holds back cells of 1-4 for the same reason). */
export const SMALL_COUNT = 5

/** Units that count people; an empty unit is read as a count too (most key figures are). */
const PEOPLE =
  /^(|personer|person|indbyggere|borgere|antal|børn|elever|husstande|people|persons|residents|children|households|count)$/i

/** Whether the table's values are counts of people (not %, kr., km², years). */
export function countsPeople(t: KeyFigureTable): boolean {
  return PEOPLE.test(t.unit.trim())
}

/** The cells (row, column) that count fewer than five people but more than none. */
export function smallCounts(t: KeyFigureTable): { row: number; column: number }[] {
  if (!countsPeople(t)) return []
  const out: { row: number; column: number }[] = []
  t.rows.forEach((r, row) =>
    r.values.forEach((v, column) => {
      if (v !== null && v > 0 && v < SMALL_COUNT) out.push({ row, column })
    }),
  )
  return out
}
