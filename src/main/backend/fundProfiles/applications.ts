import type { Plan } from '../../../shared/model/plan'
import { AppError } from '../../../shared/model/errors'
import { collectInitiatives, initiativeName, type InitiativeEntry } from '../../../shared/derive/initiatives'
import type { ApplicationDeadline } from '../../../shared/derive/yearItems'

/** The initiative in a plan as saved, or a not-found the UI can word. */
export function findInitiative(plan: Pick<Plan, 'doc'>, initiativeId: string): InitiativeEntry {
  const entry = collectInitiatives(plan.doc).find((e) => e.attrs.id === initiativeId)
  if (!entry) throw new AppError('not-found', `No initiative ${initiativeId}`)
  return entry
}

/** The deadlines of applications still being written (kladde) in one plan, from `today` on. */
export function draftDeadlines(plan: Pick<Plan, 'doc' | 'meta'>, today: string): ApplicationDeadline[] {
  const out: ApplicationDeadline[] = []
  for (const entry of collectInitiatives(plan.doc)) {
    for (const app of entry.attrs.applications) {
      if (app.status !== 'draft' || !app.deadline || app.deadline < today) continue
      out.push({
        name: `${app.fundName}: ${initiativeName(entry)}`,
        from: plan.meta.title,
        date: app.deadline,
      })
    }
  }
  return out
}
