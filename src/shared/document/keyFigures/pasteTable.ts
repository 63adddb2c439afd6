import type { KeyFigureRow, KeyFigureTable } from '../../model/keyFigures'
import { parseAmount } from '../../format/danishNumber'
import type { Lang } from '../../derive/format'

/** The most rows and columns a paste brings in: the model's own limits. */
const MAX_ROWS = 10_000
const MAX_COLUMNS = 200
const MAX_TEXT = 200

export type PastedFigures = {
  data: Pick<KeyFigureTable, 'labelHeading' | 'columns' | 'rows'>
  /** Cells that held text where a number belongs: left empty (null), and counted, so the block can
   * say so instead of dropping them silently. */
  unread: number
}

/**
 * A number as a key figure: the amount reader of shared/format/danishNumber.ts ("1.234,5",
 * "12 500", "1,5 mio.") with a sign in front allowed (a net migration can be negative) and a
 * trailing "%" taken off. '' is a missing value (null); anything else not a number is `undefined`.
 */
export function readFigure(text: string, lang: Lang): number | null | undefined {
  let s = text.trim()
  if (s === '' || s === '..' || s === '-') return null
  let sign = 1
  if (/^[-\u2212\u2013]\s*\d/.test(s)) {
    sign = -1
    s = s.replace(/^[-\u2212\u2013]\s*/, '')
  }
  s = s.replace(/\s*%$/, '')
  const read = parseAmount(s, 'kr', lang)
  if (!read.ok) return undefined
  return read.value === null ? null : sign * read.value
}

const cut = (s: string) => s.trim().slice(0, MAX_TEXT)

/**
 * Tab-separated text as Excel, LibreOffice and Numbers put on the clipboard, as a key-figure
 * table: the first column the labels, the rest one value column each, the first row the headings
 * when it holds no numbers. Null when the text is not a table (one cell, or no tab anywhere).
 * A cell Excel quoted (because it held a tab or a line break) is read as Excel wrote it.
 */
export function tableFromTsv(text: string, lang: Lang): PastedFigures | null {
  const lines = splitRows(text).filter((cells) => cells.some((c) => c.trim() !== ''))
  if (lines.length === 0 || lines.every((cells) => cells.length < 2)) return null
  const width = Math.min(MAX_COLUMNS + 1, Math.max(...lines.map((l) => l.length)))
  const first = lines[0]
  const headerRow = first.slice(1, width).every((c) => readFigure(c, lang) === undefined || c.trim() === '')
  const body = (headerRow ? lines.slice(1) : lines).slice(0, MAX_ROWS)
  const columns = Array.from({ length: width - 1 }, (_, i) => (headerRow ? cut(first[i + 1] ?? '') : ''))
  let unread = 0
  const rows: KeyFigureRow[] = body.map((cells) => ({
    label: cut(cells[0] ?? ''),
    values: columns.map((_, i) => {
      const v = readFigure(cells[i + 1] ?? '', lang)
      if (v === undefined) unread++
      return v ?? null
    }),
  }))
  return { data: { labelHeading: headerRow ? cut(first[0] ?? '') : '', columns, rows }, unread }
}

/** Rows and cells of tab-separated text, with Excel's quoting ("a""b", a quoted line break). */
function splitRows(text: string): string[][] {
  const rows: string[][] = []
  let row: string[] = []
  let cell = ''
  let quoted = false
  const s = text.replace(/\r\n?/g, '\n')
  for (let i = 0; i < s.length; i++) {
    const c = s[i]
    if (quoted) {
      if (c === '"' && s[i + 1] === '"') {
        cell += '"'
        i++
      } else if (c === '"') quoted = false
      else cell += c
    } else if (c === '"' && cell === '') quoted = true
    else if (c === '\t') {
      row.push(cell)
      cell = ''
    } else if (c === '\n') {
      row.push(cell)
      rows.push(row)
      row = []
      cell = ''
    } else cell += c
  }
  if (cell !== '' || row.length) {
    row.push(cell)
    rows.push(row)
  }
  return rows
}
