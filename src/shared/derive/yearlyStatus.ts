import type { DocJSON } from '../model/plan'
import type { InitiativeStatus } from '../document/initiative/status'
import { statusSince } from '../document/initiative/statusHistory'
import { initiativeName, listedInitiatives, type InitiativeEntry } from './initiatives'

/**
 * What became of an initiative since the version sent to the municipality: new (not in that
 * version), dropped (taken out of the plan since), done or paused (its status became that since),
 * changed (dates, budget or another status), or the same.
 */
export type YearlyStatusKind = 'new' | 'dropped' | 'done' | 'paused' | 'changed' | 'same'

export type StatusSide = {
  status: InitiativeStatus
  start: string
  end: string
  budget: number | null
}

export type YearlyStatusRow = {
  /** The initiative's id: how the two sides are paired, and the key of its comment. */
  id: string
  title: string
  section: string | null
  kind: YearlyStatusKind
  then: StatusSide | null
  now: (StatusSide & { since: string | null }) | null
  /** Which of status, dates and budget differ (both sides present). */
  changed: { status: boolean; dates: boolean; budget: boolean }
}

const side = (e: InitiativeEntry): StatusSide => ({
  status: e.attrs.status,
  start: e.attrs.start,
  end: e.attrs.end,
  budget: e.attrs.budget,
})

function kindOf(then: StatusSide | null, now: StatusSide | null, changed: YearlyStatusRow['changed']) {
  if (!then) return 'new'
  if (!now) return 'dropped'
  if (now.status !== then.status && (now.status === 'done' || now.status === 'paused')) return now.status
  return changed.status || changed.dates || changed.budget ? 'changed' : 'same'
}

/**
 * Årlig status: every initiative of the plan now, in its order, then those only the sent version
 * had, in theirs. Initiatives are paired by id; one without a name is on neither list (as in the
 * action plan). Pure and total: any two documents give a row per named initiative, once.
 */
export function yearlyStatus(sent: DocJSON, current: DocJSON): YearlyStatusRow[] {
  const before = listedInitiatives(sent)
  const after = listedInitiatives(current)
  const byId = new Map<string, InitiativeEntry>()
  for (const e of before) if (e.attrs.id && !byId.has(e.attrs.id)) byId.set(e.attrs.id, e)
  const seen = new Set<string>()
  const rows: YearlyStatusRow[] = []
  const row = (id: string, t: InitiativeEntry | null, n: InitiativeEntry | null): YearlyStatusRow => {
    const then = t ? side(t) : null
    const now = n ? side(n) : null
    const changed = {
      status: !!then && !!now && then.status !== now.status,
      dates: !!then && !!now && (then.start !== now.start || then.end !== now.end),
      budget: !!then && !!now && then.budget !== now.budget,
    }
    const entry = (n ?? t) as InitiativeEntry
    return {
      id,
      title: initiativeName(entry),
      section: entry.section,
      kind: kindOf(then, now, changed),
      then,
      now: now && n ? { ...now, since: statusSince(n.attrs.statusHistory, now.status) } : null,
      changed,
    }
  }
  for (const n of after) {
    const id = n.attrs.id
    if (!id || seen.has(id)) continue
    seen.add(id)
    rows.push(row(id, byId.get(id) ?? null, n))
  }
  for (const t of before) {
    const id = t.attrs.id
    if (!id || seen.has(id)) continue
    seen.add(id)
    rows.push(row(id, t, null))
  }
  return rows
}

/** The named version a yearly status compares with: the newest one (the last one sent). */
export function lastSentVersion<V extends { createdAt: string }>(versions: readonly V[]): V | null {
  let best: V | null = null
  for (const v of versions) if (!best || v.createdAt > best.createdAt) best = v
  return best
}
