import {
  BorderStyle,
  Paragraph,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  WidthType,
  type ITableBordersOptions,
} from 'docx'
import { HEADER_FILL, LABEL_FILL, RULE_COLOUR, STYLE } from './styles'

const line = { style: BorderStyle.SINGLE, size: 4, color: RULE_COLOUR }
export const TABLE_BORDERS: ITableBordersOptions = {
  top: line,
  bottom: line,
  left: line,
  right: line,
  insideHorizontal: line,
  insideVertical: line,
}
export const CELL_MARGINS = { top: 40, bottom: 40, left: 100, right: 100 }

export type CellContent = string | (Paragraph | Table)[]

/** Splits a text width over columns by weight, in whole twips that add up to the width. */
export function splitWidth(total: number, weights: number[]): number[] {
  const sum = weights.reduce((a, b) => a + b, 0) || 1
  const widths = weights.map((w) => Math.floor((total * w) / sum))
  widths[widths.length - 1] += total - widths.reduce((a, b) => a + b, 0)
  return widths
}

function cell(
  content: CellContent,
  width: number,
  kind: 'head' | 'label' | 'body',
  style: string,
): TableCell {
  const children =
    typeof content === 'string'
      ? [
          new Paragraph({
            style: kind === 'head' ? STYLE.tableHeading : style,
            children: [new TextRun(content)],
          }),
        ]
      : content.length
        ? content
        : [new Paragraph({ style })]
  return new TableCell({
    children,
    width: { size: width, type: WidthType.DXA },
    shading: kind === 'head' ? { fill: HEADER_FILL } : kind === 'label' ? { fill: LABEL_FILL } : undefined,
  })
}

/**
 * A table the export composes itself (action plan, matrix, an initiative's fields, the appendix):
 * an optional header row that repeats on every page, fixed column widths, one border style.
 */
export function composedTable(opts: {
  header?: string[]
  rows: CellContent[][]
  widths: number[]
  /** First column as labels (a key/value table), shaded and bold. */
  labelColumn?: boolean
  textStyle?: string
}): Table {
  const style = opts.textStyle ?? STYLE.tableText
  const rows: TableRow[] = []
  if (opts.header) {
    rows.push(
      new TableRow({
        tableHeader: true,
        cantSplit: true,
        children: opts.header.map((h, i) => cell(h, opts.widths[i], 'head', style)),
      }),
    )
  }
  for (const r of opts.rows) {
    rows.push(
      new TableRow({
        cantSplit: true,
        children: r.map((c, i) =>
          cell(
            opts.labelColumn && i === 0 && typeof c === 'string'
              ? [new Paragraph({ style: STYLE.tableLabel, children: [new TextRun(c)] })]
              : c,
            opts.widths[i],
            opts.labelColumn && i === 0 ? 'label' : 'body',
            style,
          ),
        ),
      }),
    )
  }
  return new Table({
    rows,
    width: { size: opts.widths.reduce((a, b) => a + b, 0), type: WidthType.DXA },
    columnWidths: opts.widths,
    layout: TableLayoutType.FIXED,
    borders: TABLE_BORDERS,
    margins: CELL_MARGINS,
  })
}
