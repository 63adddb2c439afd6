import { focusMatrix as deriveMatrix } from '../../../../shared/derive/focusMatrix'
import type { FocusArea } from '../../../../shared/model/catalogue'
import type { ExportContext } from './context'
import type { Block } from './blocks'
import { contentWidth, type BlockEnv } from './paragraph'
import { STYLE } from './styles'
import { focusAreaName } from './focusLabel'
import { composedNeeds, composedTable, type ComposedTable } from './tableKit'
import { fitsWithoutBreaking } from './columnFit'
import { paragraph, run, textParagraph } from './xml'

const TAB_RUN = '<w:r><w:tab/></w:r>'

/** Each area's number in the header: the catalogue's own where every area has a distinct one. */
function columnNumbers(areas: FocusArea[]): string[] {
  const own = areas.map((a) => a.number)
  const distinct = own.every((n) => n != null) && new Set(own).size === own.length
  return areas.map((a, i) => String(distinct ? a.number : i + 1))
}

/**
 * "Sammenhæng med kommunens indsatsområder": initiatives against focus areas, with the shared
 * derivation. A served cell says "✓ Ja" in words as well as the tick, never colour alone.
 *
 * The areas head the columns by name when every word of every name fits its column. A catalogue
 * with many areas (the shipped one has seven, with names like "Civilsamfund, foreningsliv og
 * frivillighed") would break those names inside words, in the review copy most of all; then the
 * columns are headed by the areas' numbers and a key above the table names them, as a printed
 * report does. The key keeps with the table.
 */
export function focusMatrix(ctx: ExportContext, env: BlockEnv): Block[] {
  const m = deriveMatrix(ctx.doc, ctx.catalogue)
  const note = (text: string) => [textParagraph(STYLE.note, text)]
  if (m.columns.length === 0) return note(ctx.labels.noCatalogue)
  if (m.rows.length === 0) return note(ctx.labels.noInitiatives)
  const rows = m.rows.map((r) => [
    r.name,
    ...r.cells.map((c) => (c ? ctx.labels.ticked : ctx.labels.notTicked)),
  ])
  const table = (header: string[], textStyle: string): ComposedTable => ({
    header: [ctx.labels.matrixInitiative, ...header],
    rows,
    width: contentWidth(ctx, env),
    columns: [{}, ...m.columns.map(() => ({ align: 'center' as const, noWrap: true }))],
    textStyle,
    caption: ctx.labels.captions.matrix,
  })
  const named = table(m.columns.map(focusAreaName), STYLE.tableText)
  if (fits(named)) return [composedTable(named)]
  const numbers = columnNumbers(m.columns)
  const numbered = table(numbers, STYLE.tableText)
  const key = [
    paragraph({ keepNext: true }, run(ctx.labels.matrixKey)),
    ...m.columns.map((a, i) =>
      paragraph({ style: STYLE.matrixKey, keepNext: true }, run(numbers[i]) + TAB_RUN + run(a.title)),
    ),
  ]
  return [...key, composedTable(fits(numbered) ? numbered : table(numbers, STYLE.matrixText))]
}

/** Whether a matrix's columns all fit without a word broken, header included. */
const fits = (t: ComposedTable): boolean => fitsWithoutBreaking(t.width, composedNeeds(t))
