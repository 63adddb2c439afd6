import { createEvents, type DateArray, type EventAttributes } from 'ics'
import type { YearWheel } from '../../../../shared/model/yearWheel'
import type { Language } from '../../../../shared/model/settings'
import { wheelItems } from '../../../../shared/derive/yearItems'
import { t } from '../../../../shared/i18n/translate'
import { AppError } from '../../../../shared/model/errors'

const day = (iso: string): DateArray => [
  Number(iso.slice(0, 4)),
  Number(iso.slice(5, 7)),
  Number(iso.slice(8, 10)),
]
const nextDay = (iso: string): DateArray => {
  const d = new Date(`${iso}T00:00:00Z`)
  d.setUTCDate(d.getUTCDate() + 1)
  return [d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate()]
}

/**
 * The wheel's meetings and deadlines in `year` as an iCalendar file for the council's calendar.
 * All-day entries: a dated event on its day, a monthly one over the whole month (the published
 * cycles name a month, not a day, and a calendar should not invent one). UIDs are stable per event
 * and occurrence, so importing an updated file updates the entries instead of doubling them.
 */
export function yearCalendar(wheel: YearWheel, year: number, lang: Language): string {
  const events: EventAttributes[] = wheelItems(wheel, year).map((item) => {
    const start: DateArray = item.date ? day(item.date) : [year, item.startMonth, 1]
    const end: DateArray = item.date
      ? nextDay(item.date)
      : item.endMonth === 12
        ? [year + 1, 1, 1]
        : [year, item.endMonth + 1, 1]
    const lines = [
      item.who && `${t(lang, 'year:fields.who')}: ${item.who}`,
      item.prepare && `${t(lang, 'year:fields.prepare')}: ${item.prepare}`,
      `${t(lang, 'year:ics.from')}: ${wheel.municipality} – ${wheel.title} (${wheel.version})`,
    ].filter(Boolean)
    return {
      uid: `${wheel.id}.${item.key}@planvaerksted`,
      title: item.kind === 'deadline' ? t(lang, 'year:ics.deadlineTitle', { name: item.name }) : item.name,
      description: lines.join('\n'),
      start,
      end,
      categories: [t(lang, `year:kinds.${item.kind}`)],
      transp: 'TRANSPARENT',
      productId: 'planvaerksted/yearwheel',
    }
  })
  const { error, value } = createEvents(events, {
    productId: 'planvaerksted/yearwheel',
    calName: `${wheel.municipality} – ${wheel.title} ${year}`,
  })
  if (error || value === null) {
    throw new AppError('internal', `Could not build the calendar: ${error?.message ?? 'no value'}`)
  }
  return value
}
