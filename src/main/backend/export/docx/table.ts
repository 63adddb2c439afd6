import { attrsOf, childrenOf, type JsonNode } from '../../../../shared/derive/docWalk'
import type { ExportContext } from './context'
import { contentWidth, type BlockEnv } from './paragraph'
import { childBlocks, type Block } from './blocks'
import { HEADER_FILL, STYLE } from './styles'
import { CELL_MARGINS, cellXml, rowXml, splitWidth, tableXml } from './tableKit'
import { paragraph } from './xml'

// checkDocument lets only whole spans of 1..63 into a plan (table/tableAttrs.ts); unset means 1.
const span = (v: unknown) => (v as number | undefined) ?? 1

const cellAlign = (v: unknown) => (v === 'left' || v === 'center' || v === 'right' ? v : undefined)

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

type Cell = {
  content: string
  width: number
  colSpan: number
  rowSpan: number
  fill?: string
  cont?: boolean
}

/**
 * The plan's document leaves out the cells a row-spanning cell covers; Word wants them written as
 * "continue" cells in each row below, at the same column. Inserted before the cell that holds that
 * column in the next row (or at its end), the way docx places them.
 */
function addMergeContinuations(rows: Cell[][]): void {
  for (let r = 0; r < rows.length - 1; r++) {
    let column = 0
    for (const cell of rows[r]) {
      if (cell.rowSpan > 1) {
        const next = rows[r + 1]
        let at = 0
        for (let col = 0; at < next.length && col + next[at].colSpan <= column; at++) col += next[at].colSpan
        next.splice(at, 0, { ...cell, content: '<w:p/>', rowSpan: cell.rowSpan - 1, cont: true })
      }
      column += cell.colSpan
    }
  }
}

/**
 * A table from the plan. Leading rows made of header cells become Word header rows, which repeat
 * on every page and tell a screen reader what each column is. The table fills the width it has
 * (the text column, or the cell a nested table sits in), its columns keep the proportions the user
 * gave them in the editor, and each cell's paragraphs keep the alignment the user gave the cell.
 */
export function table(node: JsonNode, ctx: ExportContext, env: BlockEnv): Block[] {
  const rows = childrenOf(node).filter((r) => r.type === 'tableRow')
  if (rows.length === 0) return []
  ctx.state.afterTable = false // the space is for what follows the table, not for its first cell
  const columns = Math.max(
    1,
    ...rows.map((r) => childrenOf(r).reduce((n, c) => n + span(attrsOf(c).colspan), 0)),
  )
  const widths = splitWidth(contentWidth(ctx, env), columnWeights(rows, columns))
  let inHeader = true
  const headers: boolean[] = []
  const cells: Cell[][] = rows.map((row) => {
    const cs = childrenOf(row)
    inHeader = inHeader && cs.length > 0 && cs.every((c) => c.type === 'tableHeader')
    headers.push(inHeader)
    let col = 0
    return cs.map((c) => {
      const a = attrsOf(c)
      const colSpan = span(a.colspan)
      const width = widths.slice(col, col + colSpan).reduce((x, y) => x + y, 0)
      col += colSpan
      const isHead = c.type === 'tableHeader'
      const inner: BlockEnv = {
        quote: false,
        cell: true,
        head: isHead,
        width: Math.max(1, width - CELL_MARGINS),
        align: cellAlign(a.align),
      }
      const content = childBlocks(c, ctx, inner)
      return {
        content: content.length ? content.join('') : paragraph({ style: STYLE.tableText }),
        width,
        colSpan,
        rowSpan: span(a.rowspan),
        fill: isHead ? HEADER_FILL : undefined,
      }
    })
  })
  addMergeContinuations(cells)
  let xml = ''
  cells.forEach((row, i) => {
    if (row.length === 0) return // Word cannot open a row without cells
    let tcs = ''
    for (const c of row) {
      const merge = c.cont ? 'continue' : c.rowSpan > 1 ? 'restart' : undefined
      tcs += cellXml(c.content, c.width, { fill: c.fill, columnSpan: c.colSpan, merge })
    }
    xml += rowXml(tcs, { header: headers[i] })
  })
  return [tableXml(widths, xml)]
}
