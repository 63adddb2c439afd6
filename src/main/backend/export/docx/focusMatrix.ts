import { focusMatrix as deriveMatrix } from '../../../../shared/derive/focusMatrix'
import type { ExportContext } from './context'
import type { Block } from './blocks'
import { STYLE } from './styles'
import { focusAreaName } from './focusLabel'
import { composedTable, splitWidth } from './tableKit'
import { textParagraph } from './xml'

/**
 * "Sammenhæng med kommunens indsatsområder": initiatives against focus areas, with the shared
 * derivation. A served cell says "✓ Ja" in words as well as the tick, never colour alone.
 */
export function focusMatrix(ctx: ExportContext): Block[] {
  const m = deriveMatrix(ctx.doc, ctx.catalogue)
  const note = (text: string) => [textParagraph(STYLE.note, text)]
  if (m.columns.length === 0) return note(ctx.labels.noCatalogue)
  if (m.rows.length === 0) return note(ctx.labels.noInitiatives)
  const many = m.columns.length > 5
  const first = many ? 24 : 30
  const widths = splitWidth(ctx.textWidthTwips, [
    first,
    ...m.columns.map(() => (100 - first) / m.columns.length),
  ])
  return [
    composedTable({
      header: [ctx.labels.matrixInitiative, ...m.columns.map(focusAreaName)],
      rows: m.rows.map((r) => [
        r.name,
        ...r.cells.map((c) => (c ? ctx.labels.ticked : ctx.labels.notTicked)),
      ]),
      widths,
      textStyle: many ? STYLE.matrixText : STYLE.tableText,
    }),
  ]
}
