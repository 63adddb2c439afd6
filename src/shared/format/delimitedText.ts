/**
 * Delimited text (CSV from Excel, a survey export, a table pasted from Excel) to a grid of cells.
 * The one reader for all of them, shared so the editor's paste and the file readers cut cells the
 * same way. Quotes follow RFC 4180 as Excel writes them: a quoted field may hold the separator,
 * line breaks and doubled quotes (""). Line ends may be \r\n, \n or \r.
 */
export type Separator = ';' | ',' | '\t'

const SEPARATORS: Separator[] = [';', '\t', ',']

/**
 * The separator of `text`: the one that splits its first lines into the same number of fields,
 * more than one, most often. Danish Excel writes ";" (the comma is the decimal mark), English ",",
 * a paste from Excel tab. Counted outside quotes. Ties go to ";" then tab then ",": a Danish file's
 * "1,5" must never make the comma win.
 */
export function detectSeparator(text: string): Separator {
  const sample = text.slice(0, 64 * 1024)
  let best: { sep: Separator; score: number } = { sep: ';', score: -1 }
  for (const sep of SEPARATORS) {
    const rows = parseDelimited(sample, sep, 30).filter((r) => r.length > 1 || r[0] !== '')
    // The last sampled row may be cut off; count the others.
    const counted = rows.length > 2 ? rows.slice(0, -1) : rows
    if (counted.length === 0) continue
    const widths = new Map<number, number>()
    for (const r of counted) widths.set(r.length, (widths.get(r.length) ?? 0) + 1)
    const [width, times] = [...widths.entries()].sort((a, b) => b[1] - a[1] || b[0] - a[0])[0]
    if (width < 2) continue
    const score = times / counted.length + width / 1000
    if (score > best.score + 1e-9) best = { sep, score }
  }
  return best.sep
}

/** Splits `text` into rows of fields; at most `maxRows` rows when given (for sniffing). */
export function parseDelimited(text: string, sep: Separator, maxRows = Infinity): string[][] {
  const rows: string[][] = []
  let row: string[] = []
  let field = ''
  let quoted = false
  let i = 0
  const n = text.length
  while (i < n) {
    const ch = text[i]
    if (quoted) {
      if (ch === '"') {
        if (text[i + 1] === '"') {
          field += '"'
          i += 2
          continue
        }
        quoted = false
        i++
        continue
      }
      // Copy the run up to the next quote at once: long quoted answers are common in surveys.
      const next = text.indexOf('"', i)
      const end = next < 0 ? n : next
      field += text.slice(i, end)
      i = end
      continue
    }
    if (ch === '"' && field === '') {
      quoted = true
      i++
    } else if (ch === sep) {
      row.push(field)
      field = ''
      i++
    } else if (ch === '\n' || ch === '\r') {
      row.push(field)
      rows.push(row)
      if (rows.length >= maxRows) return rows
      row = []
      field = ''
      i += ch === '\r' && text[i + 1] === '\n' ? 2 : 1
    } else {
      // An unquoted run to the next special character.
      let j = i + 1
      while (j < n) {
        const c = text[j]
        if (c === sep || c === '\n' || c === '\r') break
        j++
      }
      field += text.slice(i, j)
      i = j
    }
  }
  if (field !== '' || row.length > 0) {
    row.push(field)
    rows.push(row)
  }
  return rows
}

/** Drops wholly empty rows at the end and pads short rows, so every row has the heading's width. */
export function squareGrid(rows: string[][]): string[][] {
  let end = rows.length
  while (end > 0 && rows[end - 1].every((c) => c.trim() === '')) end--
  const kept = rows.slice(0, end)
  const width = Math.max(0, ...kept.map((r) => r.length))
  return kept.map((r) => (r.length < width ? [...r, ...Array<string>(width - r.length).fill('')] : r))
}
