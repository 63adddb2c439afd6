import type { Lang } from '../derive/format'

/**
 * Reads an amount of money or of hours as a council volunteer types it, and refuses, with a
 * reason, anything it does not understand: a wrong amount saved silently is worse than a field
 * that says "write it like this". Formatting lives in shared/derive/format.ts; this is the one
 * place that reads numbers back.
 *
 * The rules, Danish UI (da):
 * - ',' is the decimal comma: "12,5", "1.250.000,50". "12,500" is therefore 12,5 (a Dane writes
 *   twelve thousand five hundred as 12.500), and "12,505" is refused: at most two decimals.
 * - '.' and a space (also no-break and narrow no-break space) separate thousands, and only as
 *   groups of exactly three digits after a first group of one to three: "12.500", "1 250 000".
 *   Anything else with a '.' ("1.5", "1.50", "12.5000") is refused with the hint to write "1,5":
 *   it is the English decimal point, and guessing would be off by a factor of a thousand.
 * English UI (en): the same with the roles swapped: "12,500.50"; "1,5" is refused with the hint
 * to write "1.5"; "12.500" is 12.5.
 * Both: "kr."/"kr"/"DKK" before or after; "12.500,-" (whole kroner); multipliers "mio.", "mill.",
 * "million(er)", "mia.", "t.kr."/"tkr.", "tusind(e)", "k" ("m" and "bn" in English too), so
 * "1,5 mio. kr." is 1.500.000; hours take "t", "t.", "time(r)", "h", "hours". No sign is
 * accepted: a negative amount is refused. The result has at most two decimals and fits the
 * document's limits (1e12 kr., 1e7 hours), so it is always a value the document accepts.
 */
export type AmountKind = 'kr' | 'hours'

export type AmountRefusal =
  | 'negative'
  | 'decimal-point'
  | 'decimal-comma'
  | 'too-many-decimals'
  | 'too-large'
  | 'wrong-unit'
  | 'not-a-number'

export type AmountParse = { ok: true; value: number | null } | { ok: false; reason: AmountRefusal }

export const AMOUNT_LIMITS: Record<AmountKind, number> = { kr: 1e12, hours: 1e7 }
export const AMOUNT_DECIMALS = 2

const refuse = (reason: AmountRefusal): AmountParse => ({ ok: false, reason })

const CURRENCY = String.raw`(?:kr\.?|kroner|dkk)`
const PREFIX = new RegExp(String.raw`^${CURRENCY}\s*`)
const THOUSAND_KR = /^(?:t\.?\s?kr\.?|tkr\.?)$/
const MULTIPLIERS: [RegExp, number, Lang | null][] = [
  [/^(?:tusinde?|k)$/, 3, null],
  [/^(?:thousand)$/, 3, 'en'],
  [/^(?:mio\.?|mill\.?|millioner|million)$/, 6, null],
  [/^(?:millions|m)$/, 6, 'en'],
  [/^(?:mia\.?|milliarder|milliard)$/, 9, null],
  [/^(?:bn|billions?)$/, 9, 'en'],
]
const CURRENCY_ONLY = new RegExp(String.raw`^${CURRENCY}$`)
const HOURS = /^(?:t\.?|timer?\.?|h|hours?|hrs?\.?)$/

type Suffix = { exp: number; currency: boolean; hours: boolean } | null

/** What follows the number: a multiplier and/or a currency, or an hours unit. */
function readSuffix(rest: string, lang: Lang): Suffix {
  if (rest === '') return { exp: 0, currency: false, hours: false }
  if (HOURS.test(rest)) return { exp: 0, currency: false, hours: true }
  if (CURRENCY_ONLY.test(rest)) return { exp: 0, currency: true, hours: false }
  if (THOUSAND_KR.test(rest)) return { exp: 3, currency: true, hours: false }
  const tail = new RegExp(String.raw`^(.*?)\s*${CURRENCY}$`).exec(rest)
  const word = tail ? tail[1] : rest
  const found = MULTIPLIERS.find(([re, , only]) => re.test(word) && (only === null || only === lang))
  return found ? { exp: found[1], currency: Boolean(tail), hours: false } : null
}

/** "1.250.000" -> "1250000" when the grouping is right, else the reason it is not a number. */
function readWhole(part: string, group: '.' | ',', lang: Lang): string | AmountRefusal {
  if (/^\d+$/.test(part)) return part
  const wrongSeparator: AmountRefusal = lang === 'da' ? 'decimal-point' : 'decimal-comma'
  for (const sep of [group, ' ']) {
    const esc = sep === ' ' ? ' ' : `\\${sep}`
    if (new RegExp(String.raw`^[1-9]\d{0,2}(?:${esc}\d{3})+$`).test(part)) return part.split(sep).join('')
  }
  // A lone group separator where grouping does not fit is the other language's decimal mark.
  if (part.includes(group) && !part.includes(' ') && part.split(group).length === 2) return wrongSeparator
  return 'not-a-number'
}

/** Exact decimal shift: digits and a scale to a plain decimal string with no float on the way. */
function shift(whole: string, frac: string, exp: number): { text: string; decimals: number } {
  const digits = whole + frac
  const scale = frac.length - exp
  const padded = scale < 0 ? digits + '0'.repeat(-scale) : digits
  const point = padded.length - Math.max(scale, 0)
  const int = padded.slice(0, point).replace(/^0+(?=\d)/, '') || '0'
  const decimals = padded.slice(point).replace(/0+$/, '')
  return { text: decimals ? `${int}.${decimals}` : int, decimals: decimals.length }
}

/** Reads `text` as an amount of `kind` the way `lang` writes numbers; '' is "not known" (null). */
export function parseAmount(text: string, kind: AmountKind, lang: Lang): AmountParse {
  let s = text.replace(/\s+/g, ' ').trim().toLowerCase()
  if (s === '') return { ok: true, value: null }
  let currency = false
  const prefix = PREFIX.exec(s)
  if (prefix) {
    currency = true
    s = s.slice(prefix[0].length)
  }
  if (/^[-\u2212\u2013]\s*\d/.test(s) || /\d\s*-$/.test(s.replace(/[.,]-$/, ''))) return refuse('negative')

  const core = /^\d[\d., ]*/.exec(s)
  if (!core) return refuse('not-a-number')
  let num = core[0].trimEnd()
  let rest = s.slice(num.length).trim()
  // "12.500,-" is whole kroner, the way a price tag writes it.
  if (/[.,]$/.test(num) && rest.startsWith('-')) {
    if (kind !== 'kr') return refuse('wrong-unit')
    num = num.slice(0, -1)
    rest = rest.slice(1).trim()
    if (num.includes(lang === 'da' ? ',' : '.')) return refuse('not-a-number')
  }
  // A dot that ends the number belongs to an abbreviation only when a word follows ("2 mio.").
  if (/[.,]$/.test(num)) return refuse('not-a-number')

  const suffix = readSuffix(rest, lang)
  if (!suffix) return refuse('not-a-number')
  if (currency && (suffix.currency || suffix.hours)) return refuse('not-a-number')
  const saysKr = currency || suffix.currency || suffix.exp > 0
  if ((kind === 'hours' && saysKr) || (kind === 'kr' && suffix.hours)) return refuse('wrong-unit')

  const [decimalMark, groupMark] = lang === 'da' ? [',', '.'] : ['.', ',']
  const parts = num.split(decimalMark)
  if (parts.length > 2) return refuse(lang === 'da' ? 'not-a-number' : 'decimal-point')
  const whole = readWhole(parts[0], groupMark as '.' | ',', lang)
  if (!/^\d+$/.test(whole)) return refuse(whole as AmountRefusal)
  const frac = parts[1] ?? ''
  if (parts.length === 2 && !/^\d+$/.test(frac)) {
    return refuse(frac.includes(groupMark) && lang === 'en' ? 'decimal-comma' : 'not-a-number')
  }

  const { text: exact, decimals } = shift(whole, frac, suffix.exp)
  if (decimals > AMOUNT_DECIMALS) return refuse('too-many-decimals')
  const value = Number(exact)
  if (!Number.isFinite(value) || value > AMOUNT_LIMITS[kind]) return refuse('too-large')
  return { ok: true, value }
}

/*
 * Numbers in a data file (a CSV from Danish Excel, a survey export, a pasted table), as opposed to
 * an amount a volunteer types: a sign is allowed (net migration is negative), any number of
 * decimals, a trailing "%". The hard part is the same: "1.234" is 1234 in a Danish file and 1.234
 * in an English one, and guessing wrong is a factor of a thousand. So a file's column is decided as
 * a whole (decideNumberStyle): a cell only one style reads ("1,5", "1.234,5", "0.25") decides it;
 * a column of only "1.234"-like cells is ambiguous and takes the file's default, and the caller
 * reports it. Every cell is then read in that one style (readDataNumber), never cell by cell.
 */
export type NumberStyle = 'da' | 'en'

const DATA_NUMBER = /^([-+\u2212]?)(\d[\d., \u00a0\u202f]*)(%?)$/

/** The styles that read `text` as a number: none, one, or both (an integer, or "1.234"/"1,234"). */
export function numberStylesOf(text: string): NumberStyle[] {
  const m = DATA_NUMBER.exec(text.trim())
  if (!m) return []
  return (['da', 'en'] as const).filter((style) => readDigits(m[2], style) !== null)
}

/** The number `text` is in `style`, or null when it is not one ("", "abc", "1.23.4"). */
export function readDataNumber(text: string, style: NumberStyle): number | null {
  const m = DATA_NUMBER.exec(text.trim())
  if (!m) return null
  const digits = readDigits(m[2], style)
  if (digits === null) return null
  const value = Number(digits)
  if (!Number.isFinite(value)) return null
  return m[1] === '' || m[1] === '+' ? value : value === 0 ? 0 : -value
}

/** Thousands grouping: a first group of one to three digits, then groups of three. */
const GROUPED: Record<NumberStyle, RegExp> = {
  da: /^\d{1,3}(?:(?:\.|[ \u00a0\u202f])\d{3})+$/,
  en: /^\d{1,3}(?:(?:,|[ \u00a0\u202f])\d{3})+$/,
}

/** "1.234,5" (da) -> "1234.5"; null when the grouping or the marks do not fit the style. */
function readDigits(core: string, style: NumberStyle): string | null {
  const s = core.trim()
  const decimalMark = style === 'da' ? ',' : '.'
  const parts = s.split(decimalMark)
  if (parts.length > 2) return null
  const [whole, frac = ''] = parts
  if (parts.length === 2 && !/^\d+$/.test(frac)) return null
  let int: string
  if (/^\d+$/.test(whole)) int = whole
  else {
    if (!GROUPED[style].test(whole)) return null
    const marks = new Set(whole.replace(/\d/g, ''))
    if (marks.size > 1) return null
    int = whole.replace(/\D/g, '')
  }
  return frac ? `${int}.${frac}` : int
}

export type ColumnNumberStyle = {
  /** The style every cell of the column is read in. */
  style: NumberStyle
  /** True when no cell decided it and `style` is the file's default: the caller says so. */
  ambiguous: boolean
  /** True when some cell is read by the other style only: mixed marks, which the caller reports. */
  conflict: boolean
}

/** Decides one column's style from all its cells (non-numbers ignored); `fallback` when undecided. */
export function decideNumberStyle(cells: readonly string[], fallback: NumberStyle): ColumnNumberStyle {
  let da = false
  let en = false
  let ambiguousCell = false
  for (const cell of cells) {
    const styles = numberStylesOf(cell)
    if (styles.length === 1) {
      if (styles[0] === 'da') da = true
      else en = true
    } else if (styles.length === 2 && /[.,]/.test(cell)) ambiguousCell = true
  }
  if (da && en) return { style: fallback, ambiguous: false, conflict: true }
  if (da) return { style: 'da', ambiguous: false, conflict: false }
  if (en) return { style: 'en', ambiguous: false, conflict: false }
  return { style: fallback, ambiguous: ambiguousCell, conflict: false }
}
