import { AppError } from '../model/errors'
import { KeyFigureTable, type ChartKind } from '../model/keyFigures'
import type { FlaggedCell, ReadNote } from '../model/datapakke'
import { decideNumberStyle, readDataNumber, type NumberStyle } from '../format/danishNumber'

/** A cell as the readers give it: text from a CSV, or a number/text/date from a spreadsheet. */
export type GridCell = string | number | boolean | Date | null

/** The codes statistics write for "no figure", read as null and never as 0 (PX lists its own). */
export const MISSING_CODES = new Set(['', '..', '...', '.', '-', ':', 'x', 'X', 'n/a', 'N/A', '–'])

/** Fewer than this many people in a cell is a privacy matter in a small village. */
export const PRIVACY_THRESHOLD = 5

export type GridTable = { table: KeyFigureTable; flagged: FlaggedCell[]; notes: ReadNote[] }

const MAX_COLUMNS = 200
const MAX_ROWS = 10_000

const cellText = (cell: GridCell): string => {
  if (cell === null) return ''
  if (cell instanceof Date) return cell.toISOString().slice(0, 10)
  return String(cell).trim()
}

const clip = (text: string, max: number, notes: ReadNote[]) => {
  if (text.length <= max) return text
  if (!notes.some((n) => n.key === 'clipped')) notes.push({ key: 'clipped', values: { max } })
  return text.slice(0, max)
}

/**
 * A grid with its headings in the first row and its labels in the first column to a table of key
 * figures. Each value column's number style is decided for the whole column (a Danish file's
 * "1.234" is 1234; see decideNumberStyle), with `fallback` (the file's style) where no cell tells,
 * and that is reported. A column with no numbers at all is left out, and said; a cell in a number
 * column that is neither a number nor a missing-value code is reported by column, never read as 0.
 * Nothing is evaluated: a label "=HYPERLINK(...)" is that text.
 */
export function gridToKeyFigures(grid: GridCell[][], title: string, fallback: NumberStyle): GridTable {
  const rows = grid.filter((r) => r.some((c) => cellText(c) !== ''))
  if (rows.length < 2 || rows[0].length < 2) {
    throw new AppError('invalid-file', 'no table of headings and rows', { reason: 'no-table' })
  }
  if (rows.length - 1 > MAX_ROWS || rows[0].length - 1 > MAX_COLUMNS) {
    throw new AppError('too-large', `${rows.length} rows, ${rows[0].length} columns`, {
      reason: 'table-too-large',
    })
  }
  const notes: ReadNote[] = []
  const heading = rows[0].map(cellText)
  const body = rows.slice(1)
  const width = Math.max(...rows.map((r) => r.length))

  const columns: { index: number; heading: string; values: (number | null)[] }[] = []
  for (let c = 1; c < width; c++) {
    const name = heading[c] || `#${c + 1}`
    const raw = body.map((r) => r[c] ?? null)
    const texts = raw.map((v) => (typeof v === 'number' ? '' : cellText(v)))
    const style = decideNumberStyle(texts, fallback)
    if (style.ambiguous)
      notes.push({ key: 'ambiguous-numbers', values: { column: name, style: style.style } })
    if (style.conflict) notes.push({ key: 'mixed-numbers', values: { column: name } })
    let numbers = 0
    let others = 0
    let example = ''
    const values = raw.map((v) => {
      if (typeof v === 'number') {
        if (!Number.isFinite(v)) return null
        numbers++
        return v
      }
      const text = cellText(v)
      if (MISSING_CODES.has(text)) return null
      const n = readDataNumber(text, style.style)
      if (n !== null) {
        numbers++
        return n
      }
      others++
      if (!example) example = text.slice(0, 40)
      return null
    })
    if (numbers === 0) {
      notes.push({ key: 'text-column-left-out', values: { column: name } })
      continue
    }
    if (others > 0) notes.push({ key: 'not-numbers', values: { column: name, count: others, example } })
    columns.push({ index: c, heading: clip(name, 200, notes), values })
  }
  if (columns.length === 0)
    throw new AppError('invalid-file', 'no column of numbers', { reason: 'no-numbers' })
  if (columns.length > MAX_COLUMNS)
    throw new AppError('too-large', 'too many columns', { reason: 'table-too-large' })

  const labels = body.map((r) => clip(cellText(r[0] ?? null), 200, notes))
  const table = KeyFigureTable.parse({
    title: clip(title, 300, notes),
    source: '',
    labelHeading: clip(heading[0], 200, notes),
    columns: columns.map((c) => c.heading),
    unit: '',
    rows: labels.map((label, r) => ({ label, values: columns.map((c) => c.values[r]) })),
    chart: fittingChart(labels),
  })
  return { table, flagged: smallCounts(table), notes }
}

/** Years down the side are a development over time: a line; anything else: columns. */
export function fittingChart(labels: string[]): ChartKind {
  return labels.length > 2 && labels.every((l) => /^(?:19|20)\d\d(?:[KMQ]\d{1,2})?$/.test(l))
    ? 'line'
    : 'columns'
}

/**
 * The cells that count 1-4 people. Only columns of whole numbers are counts (a "%" or "gns." column
 * is not), and 0 is no one. A unit of "%" or kr. says the table holds no counts at all.
 */
export function smallCounts(table: KeyFigureTable): FlaggedCell[] {
  if (/%|kr|pct|procent|gns|andel/i.test(table.unit)) return []
  const flagged: FlaggedCell[] = []
  table.columns.forEach((heading, c) => {
    if (/%|pct|procent|andel|gns|gennemsnit/i.test(heading)) return
    const values = table.rows.map((r) => r.values[c])
    if (!values.every((v) => v === null || Number.isInteger(v))) return
    values.forEach((v, r) => {
      if (v !== null && v > 0 && v < PRIVACY_THRESHOLD) flagged.push({ row: r, column: c, value: v })
    })
  })
  return flagged
}
