import type { TFunction } from 'i18next'
import { yearItemWhen } from '../../../../shared/format/yearItemWhen'
import { MONTH_NAMES, type Lang } from '../../../../shared/format/months'
import { formatDay } from '../../../../shared/format/dates'
import type { YearItem } from '../../../../shared/derive/yearItems'
import type { NextDeadline } from '../../../../shared/derive/yearItems'
import type { YearWheelProblem } from '../../../../shared/model/yearWheelValidation'
import { ApiError } from '../../api/client'

export const langOf = (language: string): Lang => (language === 'en' ? 'en' : 'da')

/**
 * The language of an item's own words, for `lang` when it differs from the UI's: a wheel's events
 * are Danish data (the shipped wheels are the municipalities' own words), so an English UI marks
 * them Danish and a screen reader pronounces them as such. Initiatives are the plan's text, which
 * the editor already marks as it does.
 */
export const dataLang = (item: YearItem, ui: Lang): 'da' | undefined =>
  item.kind !== 'initiative' && ui !== 'da' ? 'da' : undefined

const dayOf = (iso: string) => new Date(`${iso}T12:00:00`)

/** When an item happens, as the list says it: "12. marts 2027", "juni", "marts–juni" (one home,
 * shared with the Word export). */
export const itemWhen = (item: YearItem, lang: Lang): string => yearItemWhen(item, lang)

/** "12. marts 2027" for a dated deadline, "juni 2027" for a monthly one. */
export function deadlineWhen(next: NextDeadline, lang: Lang): string {
  if (next.date) return formatDay(dayOf(next.date), lang, true)
  const month = Number(next.month.slice(5, 7))
  return `${MONTH_NAMES[lang][month - 1]} ${next.month.slice(0, 4)}`
}

/** Today as "YYYY-MM-DD" on the wall clock, not in UTC. */
export function localToday(now: Date = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0')
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`
}

/** "events[3].name" → "Begivenhed 4 – Navn": where the problem is, in the user's words. */
export function describeYearPath(path: string, t: TFunction): string {
  if (!path) return t('year:where.file')
  const m = /^events\[(\d+)\](?:\.(\w+))?(?:\[\d+\])?$/.exec(path)
  if (m) {
    const event = t('year:where.event', { n: Number(m[1]) + 1 })
    return m[2] ? `${event} – ${t(`year:fields.${m[2]}`, { defaultValue: m[2] })}` : event
  }
  const field = path.split('.').pop() ?? path
  return t(`year:fields.${field}`, { defaultValue: path })
}

/** The located problems an invalid-year-wheel error carries, or [] for any other error. */
export function yearWheelProblems(error: unknown): YearWheelProblem[] {
  if (!(error instanceof ApiError) || error.code !== 'invalid-year-wheel' || !Array.isArray(error.details))
    return []
  return error.details.filter(
    (d): d is YearWheelProblem => typeof d === 'object' && d !== null && 'problem' in d && 'path' in d,
  )
}
