import type { TFunction } from 'i18next'
import { formatKr, formatMonth, formatNumber, type Lang } from '../../../../shared/derive/format'
import { isInitiativeStatus } from '../../../../shared/document/initiative/status'

/** The card's own label for each initiative field (namespace focus, initiative.*). */
const LABEL_KEYS: Record<string, string> = {
  title: 'initiative.title',
  status: 'initiative.status',
  lead: 'initiative.lead',
  group: 'initiative.group',
  start: 'initiative.start',
  end: 'initiative.end',
  budget: 'initiative.budget',
  ownFundingKr: 'initiative.ownFunding',
  volunteerHours: 'initiative.volunteerHours',
  fundingSources: 'initiative.funding',
  focusAreas: 'initiative.focusAreas',
}

export function fieldLabel(field: string, t: TFunction): string {
  const key = LABEL_KEYS[field]
  return key ? t(`focus:${key}`) : field
}

/**
 * A field's value as the card shows it: kroner and months worded for the language, a status by
 * its name, focus areas by their titles. null when the field has no value.
 */
export function fieldValue(
  field: string,
  value: unknown,
  ctx: { t: TFunction; lang: Lang; focusTitle: (id: string) => string },
): string | null {
  if (value === null || value === undefined || value === '') return null
  const { t, lang } = ctx
  if ((field === 'budget' || field === 'ownFundingKr') && typeof value === 'number')
    return formatKr(value, lang)
  if (field === 'volunteerHours' && typeof value === 'number')
    return `${formatNumber(value, lang)} ${t('focus:initiative.hours')}`
  if ((field === 'start' || field === 'end') && typeof value === 'string')
    return formatMonth(value, lang) || value
  if (field === 'status' && isInitiativeStatus(value)) return t(`focus:status.${value}`)
  if (Array.isArray(value)) {
    const items = value.map((v) => (field === 'focusAreas' ? ctx.focusTitle(String(v)) : String(v)))
    return items.length ? items.join(', ') : null
  }
  return typeof value === 'string' ? value : JSON.stringify(value)
}
