import { attrsOf, type JsonNode } from '../../../../shared/derive/docWalk'
import { KeyFigureTable } from '../../../../shared/model/keyFigures'
import { keyFiguresAltText } from '../../../../shared/document/keyFigures/altText'
import { drawnChartKind } from '../../../../shared/document/keyFigures/suggestChart'
import { formatNumber } from '../../../../shared/derive/format'
import type { ExportContext } from './context'
import type { Block } from './blocks'
import { contentWidth, type BlockEnv } from './paragraph'
import { STYLE } from './styles'
import { composedTable } from './tableKit'
import { paragraph, run, textParagraph } from './xml'
import { keyFiguresChartOptions } from './keyFiguresChart'
import { chartSlot } from './chartSlots'

const TWIPS_PER_PX = 15

/**
 * A Nøgletal block in Word: its title, a native chart (the chart parts are written by docx in the
 * skeleton and put in place here: chartSlots.ts), then the data table with the unit in the
 * heading (the text alternative EN 301 549 asks for beside a chart) and the source line. The
 * chart's alt text is made from the data, in the export's language. A block whose attributes do
 * not read as a table (a newer schema) is written as a note, never left out silently.
 */
export function keyFigures(node: JsonNode, ctx: ExportContext, env: BlockEnv): Block[] {
  const read = KeyFigureTable.safeParse(attrsOf(node))
  if (!read.success) return [textParagraph(STYLE.note, ctx.labels.keyFigures.unreadable)]
  const t = read.data
  const width = contentWidth(ctx, env)
  const out: Block[] = []
  const title = t.title.trim()
  const alt = keyFiguresAltText(t, ctx.lang)
  const chart = keyFiguresChartOptions(t, width / TWIPS_PER_PX, alt, ctx.labels.keyFigures.name)
  // The chart carries the title itself; without one, the table is titled above.
  if (title && !chart)
    out.push(paragraph({ style: STYLE.caption, keepNext: true }, run(title, { bold: true })))
  if (chart)
    out.push(
      paragraph(
        { style: STYLE.imageParagraph, keepNext: true },
        chartSlot(ctx.refs, {
          options: chart,
          pyramid: drawnChartKind(t) === 'pyramid',
          lang: ctx.lang === 'da' ? 'da-DK' : 'en-GB',
        }),
      ),
    )
  const unit = t.unit.trim()
  const heading = (c: string) => (unit && c.trim() ? `${c.trim()} (${unit})` : c.trim() || unit)
  out.push(
    composedTable({
      header: [t.labelHeading.trim(), ...t.columns.map(heading)],
      rows: t.rows.map((r) => [
        r.label,
        ...r.values.map((v) => (v === null ? '–' : formatNumber(v, ctx.lang))),
      ]),
      width,
      columns: [{}, ...t.columns.map(() => ({ align: 'right' as const, noWrap: true }))],
      labelColumn: true,
      caption: title || alt,
    }),
  )
  const source = t.source.trim()
  if (source) out.push(textParagraph(STYLE.caption, source))
  return out
}
