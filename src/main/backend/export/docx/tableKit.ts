import { HEADER_FILL, LABEL_FILL, MATRIX_TEXT_PT, RULE_COLOUR, STYLE, TABLE_TEXT_PT } from './styles'
import { CELL_PADDING, columnNeed, fitColumns, type ColumnNeed, type MeasuredText } from './columnFit'
import { hyphenateToFit, runWithSoftHyphens } from './hyphenate'
import { esc, paragraph } from './xml'

const LINE = `w:val="single" w:color="${RULE_COLOUR}" w:sz="4"`
const BORDERS = ['top', 'left', 'bottom', 'right', 'insideH', 'insideV']
  .map((s) => `<w:${s} ${LINE}/>`)
  .join('')
/** A cell's left plus right margin, in twips: what its content has less than the cell. */
export const CELL_MARGINS = 200
const MARGINS =
  `<w:tblCellMar><w:top w:type="dxa" w:w="40"/><w:left w:type="dxa" w:w="${CELL_MARGINS / 2}"/>` +
  `<w:bottom w:type="dxa" w:w="40"/><w:right w:type="dxa" w:w="${CELL_MARGINS / 2}"/></w:tblCellMar>`

/** Splits a text width over columns by weight, in whole twips that add up to the width. */
export function splitWidth(total: number, weights: number[]): number[] {
  const sum = weights.reduce((a, b) => a + b, 0) || 1
  const widths = weights.map((w) => Math.floor((total * w) / sum))
  widths[widths.length - 1] += total - widths.reduce((a, b) => a + b, 0)
  return widths
}

/**
 * Every table of the export has one look: full fixed column widths, one thin border, the same
 * cell margins. Widths are in twips; the grid says how Word lays the columns out. A caption is the
 * table's alt text (Word's Table Properties > Alt Text), read out before the table.
 */
export function tableXml(widths: number[], rows: string, caption?: string): string {
  const total = widths.reduce((a, b) => a + b, 0)
  const grid = widths.map((w) => `<w:gridCol w:w="${w}"/>`).join('')
  const alt = caption ? `<w:tblCaption w:val="${esc(caption)}"/>` : ''
  return (
    `<w:tbl><w:tblPr><w:tblW w:type="dxa" w:w="${total}"/><w:tblBorders>${BORDERS}</w:tblBorders>` +
    `<w:tblLayout w:type="fixed"/>${MARGINS}${alt}</w:tblPr><w:tblGrid>${grid}</w:tblGrid>${rows}</w:tbl>`
  )
}

/** A row; a header row repeats on every page, a row that cannot split keeps its cells together. */
export function rowXml(cells: string, opts: { header?: boolean; cantSplit?: boolean } = {}): string {
  const trPr = (opts.cantSplit ? '<w:cantSplit/>' : '') + (opts.header ? '<w:tblHeader/>' : '')
  return `<w:tr>${trPr ? `<w:trPr>${trPr}</w:trPr>` : ''}${cells}</w:tr>`
}

export type CellOpts = {
  fill?: string
  columnSpan?: number
  merge?: 'restart' | 'continue'
  /** The cell's text stays on one line (an amount): Word widens the column rather than break it. */
  noWrap?: boolean
}

/** A cell of a given width in twips. Word wants a cell to end with a paragraph, even after a table. */
export function cellXml(content: string, width: number, opts: CellOpts = {}): string {
  if (!content || content.endsWith('</w:tbl>')) content += '<w:p/>'
  // CT_TcPr's order: tcW, gridSpan, vMerge, shd, noWrap.
  let tcPr = `<w:tcW w:type="dxa" w:w="${width}"/>`
  if (opts.columnSpan && opts.columnSpan > 1) tcPr += `<w:gridSpan w:val="${opts.columnSpan}"/>`
  if (opts.merge) tcPr += `<w:vMerge w:val="${opts.merge}"/>`
  if (opts.fill) tcPr += `<w:shd w:fill="${opts.fill}" w:val="clear"/>`
  if (opts.noWrap) tcPr += '<w:noWrap/>'
  return `<w:tc><w:tcPr>${tcPr}</w:tcPr>${content}</w:tc>`
}

/** How a column of a composed table is set: amounts right-aligned and on one line, ticks centred. */
export type ComposedColumn = { align?: 'center' | 'right'; noWrap?: boolean }

export type ComposedTable = {
  /** Every composed table has a header row: it repeats on every page, and it is what Word's
   * accessibility checker and a screen reader need to tell the columns apart. */
  header: string[]
  rows: string[][]
  /** The table's width in twips (the text width, or a cell's). */
  width: number
  columns?: ComposedColumn[]
  /** First column as labels (a key/value table), shaded and bold. */
  labelColumn?: boolean
  textStyle?: string
  /** Keep the whole table on one page (an initiative's fields): every row keeps with the next. */
  keepTogether?: boolean
  caption?: string
}

/** Point sizes of the styles a composed table writes in, for measuring its columns. */
const SIZE_OF: Record<string, number> = {
  [STYLE.tableText]: TABLE_TEXT_PT,
  [STYLE.tableLabel]: TABLE_TEXT_PT,
  [STYLE.tableHeading]: TABLE_TEXT_PT,
  [STYLE.matrixText]: MATRIX_TEXT_PT,
}

/** The room each column needs for what it holds, its header included. */
export function composedNeeds(t: ComposedTable): ColumnNeed[] {
  const style = t.textStyle ?? STYLE.tableText
  return t.header.map((h, i) => {
    const col = t.columns?.[i] ?? {}
    const texts: MeasuredText[] = [{ text: h, sizePt: TABLE_TEXT_PT, bold: true }]
    const label = t.labelColumn && i === 0
    for (const r of t.rows) {
      const sizePt = SIZE_OF[label ? STYLE.tableLabel : style] ?? TABLE_TEXT_PT
      texts.push({ text: r[i] ?? '', sizePt, bold: label, noWrap: col.noWrap })
    }
    return columnNeed(texts)
  })
}

/** The columns' widths from what they hold: no word broken where the width allows it. */
export const composedWidths = (t: ComposedTable): number[] => fitColumns(t.width, composedNeeds(t))

/**
 * A table the export composes itself (action plan, matrix, an initiative's fields, the appendix):
 * a header row that repeats on every page, column widths that follow the content, one border style.
 */
export function composedTable(t: ComposedTable): string {
  const style = t.textStyle ?? STYLE.tableText
  const widths = composedWidths(t)
  const cell = (text: string, i: number, cellStyle: string, fill: string | undefined, keepNext: boolean) => {
    const col = t.columns?.[i] ?? {}
    const sizePt = SIZE_OF[cellStyle] ?? TABLE_TEXT_PT
    const bold = cellStyle !== style
    const fitted = col.noWrap ? text : hyphenateToFit(text, widths[i] - CELL_PADDING, sizePt, bold)
    const content = paragraph(
      { style: cellStyle, keepNext, align: col.align },
      text ? runWithSoftHyphens(fitted) : '',
    )
    return cellXml(content, widths[i], { fill, noWrap: col.noWrap })
  }
  const head = t.header.map((h, i) => cell(h, i, STYLE.tableHeading, HEADER_FILL, false)).join('')
  let rows = rowXml(head, { header: true, cantSplit: true })
  t.rows.forEach((r, ri) => {
    const keepNext = Boolean(t.keepTogether) && ri < t.rows.length - 1
    let cells = ''
    for (let i = 0; i < r.length; i++) {
      const label = t.labelColumn && i === 0
      cells += cell(r[i], i, label ? STYLE.tableLabel : style, label ? LABEL_FILL : undefined, keepNext)
    }
    rows += rowXml(cells, { cantSplit: true })
  })
  return tableXml(widths, rows, t.caption)
}
