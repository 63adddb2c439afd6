import type { ChartRunOptions } from 'docx/charts'
import type { KeyFigureTable } from '../../../../shared/model/keyFigures'
import { drawnChartKind } from '../../../../shared/document/keyFigures/suggestChart'

/** Word's chart at the text width, in the proportions Word inserts one at (6 by 3.5 inches). */
const HEIGHT_RATIO = 336 / 576
/** The theme's accent colours in the order the editor's chart uses them (chartSvg.ts). */
export const SERIES_COLOURS = ['1F4E79', 'C55A11', '548235', '7F6000', '7030A0', '2E75B6']

export function hasFigures(t: KeyFigureTable): boolean {
  return t.rows.length > 0 && t.rows.some((r) => r.values.some((v) => v !== null))
}

/**
 * The Nøgletal block as the options of docx's ChartRun: a native Word chart (DrawingML, with its
 * data in an embedded workbook, so "Rediger data" in Word opens it) of the same kind as the
 * editor draws. A population pyramid is the way Excel users make one: horizontal bars with the
 * first column's values negative (drawn to the left), the bars of a row over each other, and the
 * axis written without the minus sign. Null when there is nothing to draw (no numbers, or "none").
 */
export function keyFiguresChartOptions(
  t: KeyFigureTable,
  widthPx: number,
  description: string,
  /** The chart's name when the block has no title ("Nøgletal"), in the export's language. */
  fallbackName: string,
): ChartRunOptions | null {
  const kind = drawnChartKind(t)
  if (kind === 'none' || !hasFigures(t)) return null
  const width = Math.max(200, Math.round(widthPx))
  const base = {
    title: t.title.trim() || undefined,
    categories: t.rows.map((r) => r.label.trim() || ' '),
    transformation: { width, height: Math.round(width * HEIGHT_RATIO) },
    altText: { name: t.title.trim() || fallbackName, description, title: t.title.trim() },
    legend: t.columns.length > 1 ? { position: 'bottom' as const } : (false as const),
    font: { name: 'Calibri' },
  }
  const series = (negateFirst = false) =>
    t.columns.map((name, i) => ({
      name: name.trim() || `${i + 1}`,
      color: SERIES_COLOURS[i % SERIES_COLOURS.length],
      values: t.rows.map((r) => {
        const v = r.values[i] ?? null
        return v !== null && negateFirst && i === 0 ? -v : v
      }),
    }))
  switch (kind) {
    case 'line':
      return { ...base, type: 'line', series: series(), markers: true }
    case 'bars':
      return { ...base, type: 'bar', series: series(), categoryAxis: { reverseOrder: true } }
    case 'stacked':
      return { ...base, type: 'column', series: series(), stacking: 'stacked' }
    case 'pyramid':
      return {
        ...base,
        type: 'bar',
        series: series(true),
        overlap: 100,
        gapWidth: 10,
        valueAxis: { numberFormat: '#,##0;#,##0' },
      }
    default:
      return { ...base, type: 'column', series: series() }
  }
}
