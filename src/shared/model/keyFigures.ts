import { z } from 'zod'

/** A table of key figures (Nøgletal) as it lives in the document: the one shape shared by the
 * readers of the files people have (CSV, XLSX, PX, survey exports), the Nøgletal block in the
 * editor, its chart, the Word and PDF export and the import of our own export. The numbers are
 * numbers (never Danish strings such as "1.234,5"): a reader turns the file's text into values once,
 * at the edge, and everything after trusts them. A missing value is `null` (PX's ".." or an empty
 * cell), never 0. Text is text: a cell that looked like a formula stays a label, never evaluated. */

export const CHART_KINDS = ['columns', 'bars', 'line', 'stacked', 'pyramid', 'none'] as const
export const ChartKind = z.enum(CHART_KINDS)
export type ChartKind = z.infer<typeof ChartKind>

const Text = (max: number) => z.string().max(max)

export const KeyFigureRow = z.object({
  /** The row's label, e.g. a year ("2016") or an age group ("0-5 år"). */
  label: Text(200),
  /** One value per column; null where the source has none. */
  values: z.array(z.number().finite().nullable()).max(200),
})
export type KeyFigureRow = z.infer<typeof KeyFigureRow>

export const KeyFigureTable = z
  .object({
    title: Text(300),
    /** "Kilde: Danmarks Statistik, FOLK1A, 2026": shown under the chart and in Word. */
    source: Text(500),
    /** The heading of the label column, e.g. "År". */
    labelHeading: Text(200),
    /** The value columns' headings, e.g. ["Mænd", "Kvinder"]. */
    columns: z.array(Text(200)).min(1).max(200),
    /** The unit of every value, e.g. "personer", "%", "kr."; empty when none. */
    unit: Text(50),
    rows: z.array(KeyFigureRow).max(10_000),
    chart: ChartKind,
  })
  .refine((t) => t.rows.every((r) => r.values.length === t.columns.length), {
    message: 'every row has one value per column',
    path: ['rows'],
  })
export type KeyFigureTable = z.infer<typeof KeyFigureTable>
