/**
 * A day and a time of day as each language writes them, by hand for the reason months.ts gives
 * (ICU data differs between Node, Chromium and old Windows builds): the plan list, the versions,
 * the comments and the Word export's cover all say a date the same way.
 */
import { MONTH_NAMES, MONTH_SHORT, type Lang } from './months'

/** "12. marts 2026" / "12 March 2026"; without the year "12. marts" / "12 March". */
export function formatDay(d: Date, lang: Lang, withYear = true): string {
  const month = MONTH_NAMES[lang][d.getMonth()]
  const day = lang === 'da' ? `${d.getDate()}. ${month}` : `${d.getDate()} ${month}`
  return withYear ? `${day} ${d.getFullYear()}` : day
}

/** "3. dec." / "3 Dec": a day in a name that must stay short (a copy's "(kopi fra 3. dec.)"). */
export function formatDayShort(d: Date, lang: Lang): string {
  const month = MONTH_SHORT[lang][d.getMonth()]
  return lang === 'da' ? `${d.getDate()}. ${month}` : `${d.getDate()} ${month}`
}

/** "9.05" / "9:05": the clock on the wall, local time. */
export function formatClock(d: Date, lang: Lang): string {
  const minutes = String(d.getMinutes()).padStart(2, '0')
  return `${d.getHours()}${lang === 'da' ? '.' : ':'}${minutes}`
}
