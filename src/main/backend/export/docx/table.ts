import { Paragraph, Table, TableCell, TableLayoutType, TableRow, WidthType } from 'docx'
import { attrsOf, childrenOf, type JsonNode } from '../../../../shared/derive/docWalk'
import type { ExportContext } from './context'
import type { BlockEnv } from './paragraph'
import { childBlocks, type Block } from './blocks'
import { HEADER_FILL, STYLE } from './styles'
import { CELL_MARGINS, TABLE_BORDERS, splitWidth } from './tableKit'

const span = (v: unknown) => (typeof v === 'number' && v >= 1 ? Math.floor(v) : 1)

/** Column weights from the editor's column widths where the first row has them all; else equal. */
function columnWeights(rows: JsonNode[], columns: number): number[] {
  const widths: number[] = []
  for (const c of rows[0] ? childrenOf(rows[0]) : []) {
    const a = attrsOf(c)
    const cw = Array.isArray(a.colwidth) ? a.colwidth : []
    for (let i = 0; i < span(a.colspan); i++) widths.push(typeof cw[i] === 'number' && cw[i] > 0 ? cw[i] : 0)
  }
  if (widths.length !== columns || widths.some((w) => w === 0)) return new Array(columns).fill(1)
  return widths
}

/**
 * A table from the plan. Leading rows made of header cells become Word header rows, which repeat
 * on every page and tell a screen reader what each column is. The table fills the text width, its
 * columns keep the proportions the user gave them in the editor.
 */
export function table(node: JsonNode, ctx: ExportContext, env: BlockEnv): Block[] {
  const rows = childrenOf(node).filter((r) => r.type === 'tableRow')
  if (rows.length === 0) return []
  ctx.state.afterTable = false // the space is for what follows the table, not for its first cell
  const columns = Math.max(
    1,
    ...rows.map((r) => childrenOf(r).reduce((n, c) => n + span(attrsOf(c).colspan), 0)),
  )
  const total = env.cell ? Math.round(ctx.textWidthTwips / 2) : ctx.textWidthTwips
  const widths = splitWidth(total, columnWeights(rows, columns))
  let inHeader = true
  const out = rows.map((row) => {
    const cells = childrenOf(row)
    inHeader = inHeader && cells.length > 0 && cells.every((c) => c.type === 'tableHeader')
    let col = 0
    const children = cells.map((c) => {
      const a = attrsOf(c)
      const colSpan = span(a.colspan)
      const width = widths.slice(col, col + colSpan).reduce((x, y) => x + y, 0)
      col += colSpan
      const isHead = c.type === 'tableHeader'
      const content = childBlocks(c, ctx, { quote: false, cell: true, head: isHead })
      return new TableCell({
        children: content.length ? content : [new Paragraph({ style: STYLE.tableText })],
        columnSpan: colSpan > 1 ? colSpan : undefined,
        rowSpan: span(a.rowspan) > 1 ? span(a.rowspan) : undefined,
        width: { size: width, type: WidthType.DXA },
        shading: isHead ? { fill: HEADER_FILL } : undefined,
      })
    })
    return new TableRow({ tableHeader: inHeader || undefined, children })
  })
  return [
    new Table({
      rows: out,
      width: { size: total, type: WidthType.DXA },
      columnWidths: widths,
      layout: TableLayoutType.FIXED,
      borders: TABLE_BORDERS,
      margins: CELL_MARGINS,
    }),
  ]
}
