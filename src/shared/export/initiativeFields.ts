import type { InitiativeAttrs } from '../document/initiative/initiative'
import type { Catalogue } from '../model/catalogue'
import { formatKr, formatMonthRange, type Lang } from '../derive/format'
import { focusAreaNames } from '../derive/focusAreaNames'
import type { Labels } from './labels'

const EMPTY = '–'

/**
 * An initiative's fields as label and value, in the order the Word file's field table and the PDF
 * show them. Empty fields show a dash rather than vanishing, because a consultant reading a funding
 * application wants to see what is still missing.
 */
export function initiativeFieldRows(
  a: InitiativeAttrs,
  labels: Labels,
  lang: Lang,
  catalogue: Catalogue | null,
): [string, string][] {
  const f = labels.fields
  const or = (s: string) => s || EMPTY
  return [
    [f.status, labels.status[a.status]],
    [f.lead, or(a.lead)],
    [f.group, or(a.group)],
    [f.period, or(formatMonthRange(a.start, a.end, lang))],
    [f.budget, or(formatKr(a.budget, lang))],
    [f.ownFunding, or(formatKr(a.ownFundingKr, lang))],
    [f.volunteerHours, a.volunteerHours != null ? labels.hours(a.volunteerHours) : EMPTY],
    [f.funding, or(a.fundingSources.join(', '))],
    [f.focusAreas, or(focusAreaNames(a.focusAreas, catalogue).join('; '))],
  ]
}
