import type { DocJSON } from '../model/plan'
import type { InitiativeStatus } from '../document/initiative/status'
import { initiativeName, listedInitiatives, type InitiativeEntry } from './initiatives'
import { formatMonthRange, type Lang } from './format'

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

/** The action plan in document order: the order the council wrote its initiatives is its priority.
 * Only named initiatives (see listedInitiatives): a blank new card is not a line yet. */
export function actionPlanRows(doc: DocJSON, lang: Lang = 'da'): ActionPlanRow[] {
  return listedInitiatives(doc).map((entry) => ({
    initiative: entry,
    what: initiativeName(entry),
    who: who(entry),
    when: formatMonthRange(entry.attrs.start, entry.attrs.end, lang),
    budget: entry.attrs.budget,
    funding: entry.attrs.fundingSources.join(', '),
    status: entry.attrs.status,
  }))
}
