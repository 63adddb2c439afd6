import type { Plan, PlanSummary } from '../../../shared/model/plan'
import { draftDeadlines } from '../../../shared/derive/funding/draftDeadlines'

/** What the plan list shows of a plan. */
export function summary(p: Plan): PlanSummary {
  return {
    id: p.id,
    title: p.meta.title,
    council: p.meta.council,
    municipality: p.meta.municipality,
    updatedAt: p.meta.updatedAt,
    rev: p.rev,
    deadlines: draftDeadlines(p),
  }
}

/** updatedAt never goes backwards, even when the clock does (laptops without network time). */
export function laterThan(previous: string): string {
  const now = Date.now()
  const prev = Date.parse(previous)
  return new Date(Number.isFinite(prev) && prev >= now ? prev + 1 : now).toISOString()
}
