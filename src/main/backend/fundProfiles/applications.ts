import type { Plan } from '../../../shared/model/plan'
import { AppError } from '../../../shared/model/errors'
import { collectInitiatives, type InitiativeEntry } from '../../../shared/derive/initiatives'

/** The initiative in a plan as saved, or a not-found the UI can word. */
export function findInitiative(plan: Pick<Plan, 'doc'>, initiativeId: string): InitiativeEntry {
  const entry = collectInitiatives(plan.doc).find((e) => e.attrs.id === initiativeId)
  if (!entry) throw new AppError('not-found', `No initiative ${initiativeId}`)
  return entry
}
