import { MONTH_NAMES, type Lang } from './months'
import { formatDay } from './dates'
import { t } from '../i18n/translate'
import type { YearItem } from '../derive/yearItems'

/** When an item of the year happens, as the list, the wheel's tooltips and Word say it:
 * "12. marts 2027", "juni", "marts–juni". */
export function yearItemWhen(item: YearItem, lang: Lang): string {
  if (item.date) return formatDay(new Date(`${item.date}T12:00:00`), lang, true)
  const from = MONTH_NAMES[lang][item.startMonth - 1]
  if (item.endMonth === item.startMonth) return from
  return t(lang, 'year:list.months', { from, to: MONTH_NAMES[lang][item.endMonth - 1] })
}
