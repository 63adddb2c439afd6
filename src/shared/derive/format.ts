/**
 * Number and date wording shared by the editor's derived blocks and the Word export, so the
 * consultant reads exactly what the council saw. Done by hand rather than with Intl because ICU
 * data differs between Node, Chromium and old Windows builds (spaces, abbreviations).
 */
export type Lang = 'da' | 'en'

const MONTHS: Record<Lang, string[]> = {
  da: ['jan.', 'feb.', 'mar.', 'apr.', 'maj', 'jun.', 'jul.', 'aug.', 'sep.', 'okt.', 'nov.', 'dec.'],
  en: ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'],
}

/** Whole number with thousands grouped the way the language does it: 125.000 (da), 125,000 (en). */
export function formatNumber(n: number, lang: Lang): string {
  const sign = n < 0 ? '-' : ''
  const digits = String(Math.round(Math.abs(n)))
  const grouped = digits.replace(/\B(?=(\d{3})+(?!\d))/g, lang === 'da' ? '.' : ',')
  return sign + grouped
}

/** "125.000 kr." in Danish, "DKK 125,000" in English; '' for an unknown amount. */
export function formatKr(n: number | null | undefined, lang: Lang): string {
  if (n == null || !Number.isFinite(n)) return ''
  return lang === 'da' ? `${formatNumber(n, lang)} kr.` : `DKK ${formatNumber(n, lang)}`
}

/** "mar. 2027" from "2027-03"; '' when the value is not a month. */
export function formatMonth(value: string, lang: Lang): string {
  const m = /^(\d{4})-(0[1-9]|1[0-2])$/.exec(value)
  if (!m) return ''
  return `${MONTHS[lang][Number(m[2]) - 1]} ${m[1]}`
}

/** "mar. 2027 – dec. 2027"; one side only gives "fra …"/"til …"; neither gives ''. */
export function formatMonthRange(start: string, end: string, lang: Lang): string {
  const a = formatMonth(start, lang)
  const b = formatMonth(end, lang)
  if (a && b) return a === b ? a : `${a} – ${b}`
  if (a) return lang === 'da' ? `fra ${a}` : `from ${a}`
  if (b) return lang === 'da' ? `til ${b}` : `until ${b}`
  return ''
}
