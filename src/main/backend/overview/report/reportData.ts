import type { Catalogue } from '../../../../shared/model/catalogue'
import type { OverviewEntry } from '../../../../shared/model/overview'
import type { Language } from '../../../../shared/model/settings'
import {
  catalogueStanding,
  moneyTotals,
  overviewGaps,
  overviewMatrix,
  overviewRows,
  type CatalogueStanding,
  type MoneyTotals,
  type OverviewMatrix,
  type OverviewRow,
} from '../../../../shared/derive/overview'

/** Everything the committee's reports show, derived once with the overview screen's functions. */
export type ReportData = {
  lang: Language
  date: Date
  catalogue: Catalogue
  entries: OverviewEntry[]
  rows: OverviewRow[]
  totals: MoneyTotals
  matrix: OverviewMatrix
  gaps: Catalogue['focusAreas']
  standings: { entry: OverviewEntry; standing: CatalogueStanding }[]
}

export function reportData(
  entries: OverviewEntry[],
  catalogue: Catalogue,
  lang: Language,
  date: Date,
): ReportData {
  const rows = overviewRows(entries, lang)
  return {
    lang,
    date,
    catalogue,
    entries,
    rows,
    totals: moneyTotals(rows),
    matrix: overviewMatrix(entries, rows, catalogue),
    gaps: overviewGaps(entries, catalogue),
    standings: entries.map((entry) => ({ entry, standing: catalogueStanding(entry, catalogue) })),
  }
}
