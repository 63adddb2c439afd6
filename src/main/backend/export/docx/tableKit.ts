import { HEADER_FILL, LABEL_FILL, RULE_COLOUR, STYLE } from './styles'
import { paragraph, textParagraph } from './xml'

const LINE = `w:val="single" w:color="${RULE_COLOUR}" w:sz="4"`
const BORDERS = ['top', 'left', 'bottom', 'right', 'insideH', 'insideV']
  .map((s) => `<w:${s} ${LINE}/>`)
  .join('')
const MARGINS =
  '<w:tblCellMar><w:top w:type="dxa" w:w="40"/><w:left w:type="dxa" w:w="100"/>' +
  '<w:bottom w:type="dxa" w:w="40"/><w:right w:type="dxa" w:w="100"/></w:tblCellMar>'

/** Splits a text width over columns by weight, in whole twips that add up to the width. */
export function splitWidth(total: number, weights: number[]): number[] {
  const sum = weights.reduce((a, b) => a + b, 0) || 1
  const widths = weights.map((w) => Math.floor((total * w) / sum))
  widths[widths.length - 1] += total - widths.reduce((a, b) => a + b, 0)
  return widths
}

/**
 * Every table of the export has one look: full fixed column widths, one thin border, the same
 * cell margins. Widths are in twips; the grid says how Word lays the columns out.
 */
export function tableXml(widths: number[], rows: string): string {
  const total = widths.reduce((a, b) => a + b, 0)
  const grid = widths.map((w) => `<w:gridCol w:w="${w}"/>`).join('')
  return (
    `<w:tbl><w:tblPr><w:tblW w:type="dxa" w:w="${total}"/><w:tblBorders>${BORDERS}</w:tblBorders>` +
    `<w:tblLayout w:type="fixed"/>${MARGINS}</w:tblPr><w:tblGrid>${grid}</w:tblGrid>${rows}</w:tbl>`
  )
}

/** A row; a header row repeats on every page, a row that cannot split keeps its cells together. */
export function rowXml(cells: string, opts: { header?: boolean; cantSplit?: boolean } = {}): string {
  const trPr = (opts.cantSplit ? '<w:cantSplit/>' : '') + (opts.header ? '<w:tblHeader/>' : '')
  return `<w:tr>${trPr ? `<w:trPr>${trPr}</w:trPr>` : ''}${cells}</w:tr>`
}

export type CellOpts = { fill?: string; columnSpan?: number; merge?: 'restart' | 'continue' }

/** A cell of a given width in twips. Word wants a cell to end with a paragraph, even after a table. */
export function cellXml(content: string, width: number, opts: CellOpts = {}): string {
  if (!content || content.endsWith('</w:tbl>')) content += '<w:p/>'
  let tcPr = `<w:tcW w:type="dxa" w:w="${width}"/>`
  if (opts.columnSpan && opts.columnSpan > 1) tcPr += `<w:gridSpan w:val="${opts.columnSpan}"/>`
  if (opts.merge) tcPr += `<w:vMerge w:val="${opts.merge}"/>`
  if (opts.fill) tcPr += `<w:shd w:fill="${opts.fill}" w:val="clear"/>`
  return `<w:tc><w:tcPr>${tcPr}</w:tcPr>${content}</w:tc>`
}

export type CellContent = string | string[]

/**
 * A table the export composes itself (action plan, matrix, an initiative's fields, the appendix):
 * an optional header row that repeats on every page, fixed column widths, one border style.
 * A string cell is plain text; an array is blocks already written.
 */
export function composedTable(opts: {
  header?: string[]
  rows: CellContent[][]
  widths: number[]
  /** First column as labels (a key/value table), shaded and bold. */
  labelColumn?: boolean
  textStyle?: string
}): string {
  const style = opts.textStyle ?? STYLE.tableText
  let rows = ''
  if (opts.header) {
    const cells = opts.header
      .map((h, i) => cellXml(textParagraph(STYLE.tableHeading, h), opts.widths[i], { fill: HEADER_FILL }))
      .join('')
    rows += rowXml(cells, { header: true, cantSplit: true })
  }
  for (const r of opts.rows) {
    let cells = ''
    for (let i = 0; i < r.length; i++) {
      const c = r[i]
      const label = opts.labelColumn && i === 0
      const content =
        typeof c === 'string'
          ? textParagraph(label ? STYLE.tableLabel : style, c)
          : c.length
            ? c.join('')
            : paragraph({ style })
      cells += cellXml(content, opts.widths[i], label ? { fill: LABEL_FILL } : {})
    }
    rows += rowXml(cells, { cantSplit: true })
  }
  return tableXml(opts.widths, rows)
}
