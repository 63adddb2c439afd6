import type { DocJSON } from '../model/plan'
import type { InitiativeStatus } from '../document/initiative/status'
import { initiativeName, listedInitiatives, type InitiativeEntry } from './initiatives'
import { formatKr, formatMonthRange, type Lang } from './format'
import { t } from '../i18n/translate'

/** One line of the "Handlingsplan" table: what, who, when, cost, funding, status. */
export type ActionPlanRow = {
  initiative: InitiativeEntry
  /** The initiative's title, or the start of its description when it has no title yet. */
  what: string
  /** The lead, with the project group in parentheses when there is one. */
  who: string
  when: string
  budget: number | null
  funding: string
  status: InitiativeStatus
}

function who(entry: InitiativeEntry): string {
  const { lead, group } = entry.attrs
  if (lead && group) return `${lead} (${group})`
  return lead || group
}

/** The funding column: the sources the council named, then each application to a fund with where it
 * stands ("Landdistriktspuljen (Billund Kommune): bevilget 50.000 kr."), in the editor and in Word. */
function funding(entry: InitiativeEntry, lang: Lang): string {
  const applications = entry.attrs.applications.map((a) => {
    const status = t(lang, `funding:status.${a.status}`).toLowerCase()
    const granted = a.status === 'granted' && a.grantedKr != null ? ` ${formatKr(a.grantedKr, lang)}` : ''
    return `${a.fundName}: ${status}${granted}`
  })
  return [...entry.attrs.fundingSources, ...applications].join(', ')
}

/** The action plan in document order: the order the council wrote its initiatives is its priority.
 * Only named initiatives (see listedInitiatives): a blank new card is not a line yet. */
export function actionPlanRows(doc: DocJSON, lang: Lang = 'da'): ActionPlanRow[] {
  return listedInitiatives(doc).map((entry) => ({
    initiative: entry,
    what: initiativeName(entry),
    who: who(entry),
    when: formatMonthRange(entry.attrs.start, entry.attrs.end, lang),
    budget: entry.attrs.budget,
    funding: funding(entry, lang),
    status: entry.attrs.status,
  }))
}
