import type { ChartKind, KeyFigureTable } from '../../model/keyFigures'

const YEAR = /^(1[89]\d\d|20\d\d)(\s*[-–/]\s*(Q[1-4]|K[1-4]|\d{1,2}))?$/i
const MALE = /^(mænd|mand|drenge|dreng|male|males|men|boys|m)$/i
const FEMALE = /^(kvinder|kvinde|piger|pige|female|females|women|girls|k|f)$/i
/** An age or age group: "0-4 år", "85+", "30–39", "Under 18". */
const AGE = /(\d+\s*[-–]\s*\d+|\d+\s*\+|\d+\s*år|under\s*\d+|over\s*\d+|^\d+$)/i

const labels = (t: KeyFigureTable) => t.rows.map((r) => r.label.trim()).filter(Boolean)

/** The row labels are years (or quarters of years): "2016", "2021K3". */
export function labelsAreYears(t: KeyFigureTable): boolean {
  const l = labels(t)
  return l.length >= 2 && l.every((s) => YEAR.test(s))
}

/** Two columns of men and women by age: the shape of a population pyramid. */
export function looksLikePyramid(t: KeyFigureTable): boolean {
  if (t.columns.length !== 2) return false
  const [a, b] = t.columns.map((c) => c.trim())
  const sexes = (MALE.test(a) && FEMALE.test(b)) || (FEMALE.test(a) && MALE.test(b))
  const l = labels(t)
  return sexes && l.length >= 3 && l.every((s) => AGE.test(s)) && !labelsAreYears(t)
}

/** Each row's values add up to about 100 %: parts of a whole, drawn stacked. */
function rowsArePartsOfWhole(t: KeyFigureTable): boolean {
  if (t.columns.length < 2 || t.unit.trim() !== '%' || t.rows.length === 0) return false
  return t.rows.every((r) => {
    const sum = r.values.reduce<number>((s, v) => s + (v ?? 0), 0)
    return Math.abs(sum - 100) <= 1.5
  })
}

/**
 * The chart that fits the data, suggested when a table comes in (a paste, a file): years along the
 * bottom are a development (a line when there are five or more, else columns), men and women by
 * age a population pyramid, shares of a whole stacked, long or many labels horizontal bars
 * (readable without turning the text), anything else columns. The user can always choose another.
 */
export function suggestChartKind(t: KeyFigureTable): ChartKind {
  if (looksLikePyramid(t)) return 'pyramid'
  if (labelsAreYears(t)) return t.rows.length >= 5 ? 'line' : 'columns'
  if (rowsArePartsOfWhole(t)) return 'stacked'
  const l = labels(t)
  const longest = l.reduce((m, s) => Math.max(m, s.length), 0)
  if (longest > 14 || l.length > 10) return 'bars'
  return 'columns'
}

/** The chart as drawn: a pyramid needs exactly two columns (one each side); with any other number
 * it is drawn as bars rather than as something wrong. */
export function drawnChartKind(t: KeyFigureTable): ChartKind {
  if (t.chart === 'pyramid' && t.columns.length !== 2) return 'bars'
  return t.chart
}
