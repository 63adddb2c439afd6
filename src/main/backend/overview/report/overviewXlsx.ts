import writeXlsxFile, { type Row } from 'write-excel-file/node'
import { t } from '../../../../shared/i18n/translate'
import type { ReportData } from './reportData'

/** Kroner as Excel shows them: grouped thousands and "kr."; the cell holds the number itself. */
export const KR_FORMAT = '#,##0 "kr."'

/**
 * Every initiative of every plan as one sheet for the committee's own sums: one row per
 * initiative, amounts as numbers with a kroner format (never text), written by write-excel-file.
 */
export async function overviewXlsx(d: ReportData): Promise<Uint8Array> {
  const { lang, catalogue } = d
  const col = (
    k:
      | 'plan'
      | 'council'
      | 'villages'
      | 'name'
      | 'section'
      | 'status'
      | 'start'
      | 'end'
      | 'budget'
      | 'own'
      | 'asked'
      | 'funding'
      | 'focusAreas',
  ) => ({ value: t(lang, `overview:export.columns.${k}`), fontWeight: 'bold' as const })
  const titles = new Map(catalogue.focusAreas.map((a) => [a.id, a.title]))
  const money = (n: number | null) => (n === null ? null : { value: n, type: Number, format: KR_FORMAT })
  const header: Row = [
    col('plan'),
    col('council'),
    col('villages'),
    col('name'),
    col('section'),
    col('status'),
    col('start'),
    col('end'),
    col('budget'),
    col('own'),
    col('asked'),
    col('funding'),
    col('focusAreas'),
  ]
  const rows: Row[] = d.rows.map((r) => [
    r.planTitle,
    r.council,
    r.villages.join(', '),
    r.name,
    r.section ?? '',
    t(lang, `focus:status.${r.status}`),
    r.start,
    r.end,
    money(r.budget),
    money(r.ownFundingKr),
    money(r.askedKr),
    r.funding,
    r.focusAreas.map((id) => titles.get(id) ?? id).join(', '),
  ])
  const buffer = await writeXlsxFile([header, ...rows], {
    sheet: t(lang, 'overview:export.sheetName'),
    stickyRowsCount: 1,
    columns: [
      { width: 30 },
      { width: 20 },
      { width: 20 },
      { width: 34 },
      { width: 20 },
      { width: 12 },
      { width: 9 },
      { width: 9 },
      { width: 14 },
      { width: 14 },
      { width: 14 },
      { width: 30 },
      { width: 30 },
    ],
  }).toBuffer()
  return new Uint8Array(buffer)
}
