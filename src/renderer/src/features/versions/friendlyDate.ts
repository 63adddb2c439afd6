import type { TFunction } from 'i18next'
import { formatClock, formatDay } from '../../../../shared/format/dates'

function dayKey(d: Date): string {
  return `${d.getFullYear()}-${d.getMonth()}-${d.getDate()}`
}

/**
 * A saved moment as a volunteer says it: "i dag kl. 14.02", "i går kl. 9.15", "12. marts kl. 10.30",
 * and with the year once it is not this year. Local time, because that is the clock on the wall.
 */
export function friendlyDate(iso: string, t: TFunction, lang: string, now: Date = new Date()): string {
  const d = new Date(iso)
  if (Number.isNaN(d.getTime())) return iso
  const language = lang === 'en' ? 'en' : 'da'
  const time = formatClock(d, language)
  const yesterday = new Date(now)
  yesterday.setDate(now.getDate() - 1)
  if (dayKey(d) === dayKey(now)) return t('versions:when.today', { time })
  if (dayKey(d) === dayKey(yesterday)) return t('versions:when.yesterday', { time })
  const sameYear = d.getFullYear() === now.getFullYear()
  const date = formatDay(d, language, !sameYear)
  return t('versions:when.date', { date, time })
}
