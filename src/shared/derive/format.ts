/**
 * Number and date wording shared by the editor's derived blocks and the Word export, so the
 * consultant reads exactly what the council saw. Done by hand rather than with Intl because ICU
 * data differs between Node, Chromium and old Windows builds (spaces, abbreviations).
 */
import { formatMonthShort, type Lang } from '../format/months'
import { t } from '../i18n/translate'

export type { Lang }

/**
 * A number with thousands grouped the way the language does it: 125.000 and 12,5 (da), 125,000 and
 * 12.5 (en). Amounts carry at most two decimals (shared/format/danishNumber.ts reads them back).
 * `cents` shows a fractional amount with both decimals, as money is written: 1.250.000,50.
 */
export function formatNumber(n: number, lang: Lang, cents = false): string {
  const sign = n < 0 ? '-' : ''
  const [whole, frac] = Math.abs(n).toFixed(2).split('.')
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, lang === 'da' ? '.' : ',')
  const decimals = frac === '00' ? '' : cents ? frac : frac.replace(/0+$/, '')
  return sign + grouped + (decimals ? (lang === 'da' ? ',' : '.') + decimals : '')
}

/** The number part of an amount of money: 1.250.000,50 or 12.500 (da), 1,250,000.50 (en). */
export function formatKroner(n: number, lang: Lang): string {
  return formatNumber(n, lang, true)
}

/** "125.000 kr." in Danish, "DKK 125,000" in English; '' for an unknown amount. */
export function formatKr(n: number | null | undefined, lang: Lang): string {
  if (n == null || !Number.isFinite(n)) return ''
  return t(lang, 'format:kroner', { amount: formatKroner(n, lang) })
}

/** "mar. 2027" from "2027-03"; '' when the value is not a month. */
export function formatMonth(value: string, lang: Lang): string {
  return formatMonthShort(value, lang)
}

/** "mar. 2027 – dec. 2027"; one side only gives "fra …"/"til …"; neither gives ''. */
export function formatMonthRange(start: string, end: string, lang: Lang): string {
  const a = formatMonth(start, lang)
  const b = formatMonth(end, lang)
  if (a && b) return a === b ? a : `${a} – ${b}`
  if (a) return t(lang, 'format:period.from', { month: a })
  if (b) return t(lang, 'format:period.until', { month: b })
  return ''
}
