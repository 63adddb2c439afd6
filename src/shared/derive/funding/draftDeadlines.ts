import type { Plan } from '../../model/plan'
import { collectInitiatives, initiativeName } from '../initiatives'
import type { ApplicationDeadline } from '../yearItems'

/** The deadlines of the applications still being written (kladde) in one plan, in any year: the
 * plan's summary keeps them with each save, and "Næste frist" takes those from today on. */
export function draftDeadlines(plan: Pick<Plan, 'doc' | 'meta'>): ApplicationDeadline[] {
  const out: ApplicationDeadline[] = []
  for (const entry of collectInitiatives(plan.doc)) {
    for (const app of entry.attrs.applications) {
      if (app.status !== 'draft' || !app.deadline) continue
      out.push({
        name: `${app.fundName}: ${initiativeName(entry)}`,
        from: plan.meta.title,
        date: app.deadline,
      })
    }
  }
  return out
}
