import { z } from 'zod'
import { INITIATIVE_STATUSES, type InitiativeStatus } from './status'

/** A status an initiative got, and the day it got it ("YYYY-MM-DD"). */
export const StatusChangeSchema = z.strictObject({
  status: z.enum(INITIATIVE_STATUSES),
  date: z.string().regex(/^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/, 'day as YYYY-MM-DD'),
})
export type StatusChange = z.infer<typeof StatusChangeSchema>

/** Far more changes than an initiative lives through; the limit is for a forged file. */
export const STATUS_HISTORY_MAX = 200
export const StatusHistorySchema = z.array(StatusChangeSchema).max(STATUS_HISTORY_MAX)

/**
 * The history after the status becomes `next` on `day`: unchanged when the status is the same;
 * a second change on one day replaces that day's entry (a slip of the menu is not history); the
 * oldest entries give way past the limit, so the card never becomes one a save would refuse.
 */
export function withStatusChange(
  history: readonly StatusChange[],
  current: InitiativeStatus,
  next: InitiativeStatus,
  day: string,
): StatusChange[] {
  if (next === current) return [...history]
  const kept =
    history.length && history[history.length - 1].date === day ? history.slice(0, -1) : [...history]
  kept.push({ status: next, date: day })
  return kept.slice(-STATUS_HISTORY_MAX)
}

/** The history as the document holds it, or [] (a plan from before, or a damaged entry dropped). */
export function statusHistoryOf(raw: unknown): StatusChange[] {
  if (!Array.isArray(raw)) return []
  return raw.filter((e): e is StatusChange => StatusChangeSchema.safeParse(e).success)
}

/** The day the initiative last got its current status, or null when no change is recorded. */
export function statusSince(history: readonly StatusChange[], status: InitiativeStatus): string | null {
  const last = history[history.length - 1]
  return last && last.status === status ? last.date : null
}
