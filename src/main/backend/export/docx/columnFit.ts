import { measureText } from './textMetrics'

/** A cell's left and right margins (tableKit's tblCellMar), plus a little for Word's rounding. */
export const CELL_PADDING = 200 + 40

/** The room a column needs, in twips with its cell margins: without breaking a word, and on one
 * line. A rigid column (amounts) must have its min: its text may not wrap at all. */
export type ColumnNeed = { min: number; max: number; rigid?: boolean }

export type MeasuredText = { text: string; sizePt: number; bold?: boolean; noWrap?: boolean }

/** What a column of texts (its header among them) needs. A text that must not wrap needs its whole width. */
export function columnNeed(texts: MeasuredText[]): ColumnNeed {
  let min = 0
  let max = 0
  let rigid = false
  for (const t of texts) {
    if (t.noWrap && t.text) rigid = true
    const lines = t.text.includes('\n') ? t.text.split('\n') : [t.text]
    for (const line of lines) {
      const { whole, longest } = measureText(line, t.sizePt, t.bold)
      max = Math.max(max, whole)
      min = Math.max(min, t.noWrap ? whole : longest)
    }
  }
  return { min: Math.ceil(min) + CELL_PADDING, max: Math.ceil(max) + CELL_PADDING, rigid }
}

/** Whole twips that add up to `total`: the rounding left over goes to the widest column. */
function whole(widths: number[], total: number): number[] {
  const out = widths.map((w) => Math.max(1, Math.floor(w)))
  const widest = out.indexOf(Math.max(...out))
  out[widest] += total - out.reduce((a, b) => a + b, 0)
  return out
}

/**
 * Column widths that follow the content, as a browser lays out an automatic table, but always
 * the full `total` (every table of the export is as wide as the text): when everything fits on
 * one line, each column gets its one-line width and the rest is shared out by it; when not, each
 * column first gets the width of its longest word (so no word breaks) and the rest goes to the
 * columns with the most text to wrap. When even the words do not fit, see capped().
 */
export function fitColumns(total: number, needs: ColumnNeed[]): number[] {
  if (needs.length === 0) return []
  const sumMin = needs.reduce((s, n) => s + n.min, 0)
  const sumMax = needs.reduce((s, n) => s + Math.max(n.min, n.max), 0)
  if (sumMax <= total) {
    return whole(
      needs.map((n) => {
        const max = Math.max(n.min, n.max)
        return max + ((total - sumMax) * max) / sumMax
      }),
      total,
    )
  }
  if (sumMin <= total) {
    const slack = sumMax - sumMin
    return whole(
      needs.map((n) => n.min + ((total - sumMin) * (Math.max(n.min, n.max) - n.min)) / slack),
      total,
    )
  }
  return whole(capped(total, needs), total)
}

/**
 * When the longest words do not all fit, the columns whose words are short keep their room and
 * only the ones with the longest words are narrowed, to one common cap: one column with
 * "Erhvervsfremmebestyrelsen" then wraps that word (at a soft hyphen, see hyphenate.ts), and
 * "Status" or an amount never break because of it.
 */
function capped(total: number, needs: ColumnNeed[]): number[] {
  const rigid = needs.reduce((sum, n) => sum + (n.rigid ? n.min : 0), 0)
  // Amounts first (they may not wrap at all), unless they alone are wider than the table.
  const scale = rigid > total * 0.8 ? (total * 0.8) / rigid : 1
  const free = needs.filter((n) => !n.rigid).map((n) => n.min)
  const mins = [...free].sort((a, b) => a - b)
  let left = total - rigid * scale
  let cap = 0
  for (let i = 0; i < mins.length; i++) {
    const share = left / (mins.length - i)
    if (mins[i] > share) {
      cap = share
      break
    }
    left -= mins[i]
    cap = mins[i]
  }
  return needs.map((n) => (n.rigid ? n.min * scale : Math.min(n.min, cap)))
}

/** Whether every column of `needs` fits in `total` without a word broken. */
export const fitsWithoutBreaking = (total: number, needs: ColumnNeed[]) =>
  needs.reduce((s, n) => s + n.min, 0) <= total
