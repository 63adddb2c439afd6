/**
 * The one home of month names, and the reading and writing of a month as the plan stores it
 * ("YYYY-MM"). By hand rather than with Intl: ICU data differs between Node, Chromium and old
 * Windows builds, and the Word export must say exactly what the editor showed.
 */
export type Lang = 'da' | 'en'

export const MONTH_NAMES: Record<Lang, readonly string[]> = {
  da: [
    'januar',
    'februar',
    'marts',
    'april',
    'maj',
    'juni',
    'juli',
    'august',
    'september',
    'oktober',
    'november',
    'december',
  ],
  en: [
    'January',
    'February',
    'March',
    'April',
    'May',
    'June',
    'July',
    'August',
    'September',
    'October',
    'November',
    'December',
  ],
}

export const MONTH_SHORT: Record<Lang, readonly string[]> = {
  da: ['jan.', 'feb.', 'mar.', 'apr.', 'maj', 'jun.', 'jul.', 'aug.', 'sep.', 'okt.', 'nov.', 'dec.'],
  en: ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'],
}

const STORED = /^(\d{4})-(0[1-9]|1[0-2])$/

/** Year and month (1-12) of a stored value, or null when it is not one. */
export function splitMonth(value: string): { year: number; month: number } | null {
  const m = STORED.exec(value)
  return m ? { year: Number(m[1]), month: Number(m[2]) } : null
}

export function joinMonth(year: number, month: number): string {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}`
}

/** "marts 2027" / "March 2027"; '' when the value is not a month. */
export function formatMonthLong(value: string, lang: Lang): string {
  const p = splitMonth(value)
  return p ? `${MONTH_NAMES[lang][p.month - 1]} ${p.year}` : ''
}

/** "mar. 2027" / "Mar 2027"; '' when the value is not a month. */
export function formatMonthShort(value: string, lang: Lang): string {
  const p = splitMonth(value)
  return p ? `${MONTH_SHORT[lang][p.month - 1]} ${p.year}` : ''
}

// A name is understood in either language whatever the UI speaks (a Dane may write "May"); three
// letters are enough ("mar", "okt"), a shorter start is too likely a slip.
function monthFromName(word: string): number | null {
  const w = word.toLowerCase().replace(/\.$/, '')
  if (w.length < 3) return null
  for (const lang of ['da', 'en'] as const) {
    const i = MONTH_NAMES[lang].findIndex((name) => name.toLowerCase().startsWith(w))
    if (i >= 0) return i + 1
  }
  return null
}

// Two-digit years are this century: a plan is about the years ahead ("3.27" is March 2027).
function fullYear(digits: string): number | null {
  if (digits.length === 2) return 2000 + Number(digits)
  if (digits.length === 4) return Number(digits)
  return null
}

function checked(year: number | null, month: number | null): string | null {
  if (year === null || month === null || month < 1 || month > 12 || year < 1900 || year > 2199) return null
  return joinMonth(year, month)
}

/**
 * A month as people type it: "mar 2027", "marts 2027", "March 2027", "3/2027", "03-2027",
 * "3.2027", "3.27", "2027-03", "2027/3". '' is an empty field. null: not understood; the caller
 * refuses it and keeps the text, never guesses.
 */
export function parseMonth(text: string): string | null | '' {
  const s = text.trim().replace(/\s+/g, ' ')
  if (s === '') return ''
  let m = /^([\p{L}]+\.?)[ ,]*(\d{2}|\d{4})$/u.exec(s)
  if (m) return checked(fullYear(m[2]), monthFromName(m[1]))
  m = /^(\d{4}) ?[-/.] ?(\d{1,2})$/.exec(s)
  if (m) return checked(Number(m[1]), Number(m[2]))
  m = /^(\d{1,2}) ?[-/.] ?(\d{2}|\d{4})$/.exec(s)
  if (m) return checked(fullYear(m[2]), Number(m[1]))
  return null
}
