import { randomUUID } from 'node:crypto'
import { AppError } from '../../../shared/model/errors'
import type { MeetingIdea, MeetingRecord, VotingSettings } from '../../../shared/model/meeting'

/** Caps that keep a room of strangers' phones from filling the laptop: per meeting and per phone. */
// 1000: the hall of 60 phones sending 10 ideas each fits, with room for the facilitator.
export const MEETING_LIMITS = { ideas: 1000, ideasPerDevice: 25 }

export const DEFAULT_VOTING: VotingSettings = { dots: 3, maxPerIdea: 2, open: true }

export function newRecord(sections: string[], now: Date): MeetingRecord {
  return {
    schemaVersion: 1,
    startedAt: now.toISOString(),
    endedAt: null,
    sections,
    ideas: [],
    votes: {},
    voting: { ...DEFAULT_VOTING },
  }
}

const refuse = (reason: string, message: string) => new AppError('invalid-input', message, { reason })

function ideaOf(record: MeetingRecord, id: string): MeetingIdea {
  const idea = record.ideas.find((i) => i.id === id)
  if (!idea) throw new AppError('not-found', `no idea ${id}`, { reason: 'meeting-idea-gone' })
  return idea
}

/** The idea an idea's votes count for: itself, or the one it was merged into. */
export function rootOf(record: MeetingRecord, id: string): string {
  return record.ideas.find((i) => i.id === id)?.mergedInto ?? id
}

export type NewIdea = { text: string; section: string | null; source: MeetingIdea['source']; device?: string }

export function addIdea(record: MeetingRecord, idea: NewIdea, now: Date): MeetingIdea {
  if (record.ideas.length >= MEETING_LIMITS.ideas) {
    throw refuse('meeting-full', 'the meeting has as many ideas as it takes')
  }
  if (idea.section !== null && !record.sections.includes(idea.section)) {
    throw refuse('meeting-no-such-section', 'not a section of this meeting')
  }
  const made: MeetingIdea = {
    id: randomUUID(),
    text: idea.text,
    section: idea.section,
    source: idea.source,
    at: now.toISOString(),
    hidden: false,
    mergedInto: null,
    inPlan: false,
  }
  record.ideas.push(made)
  return made
}

export function editIdea(record: MeetingRecord, id: string, text: string): void {
  ideaOf(record, id).text = text
}

export function hideIdea(record: MeetingRecord, id: string, hidden: boolean): void {
  ideaOf(record, id).hidden = hidden
}

/** Merges `id` (and whatever was merged into it) into `intoId`; votes follow. */
export function mergeIdea(record: MeetingRecord, id: string, intoId: string): void {
  const target = ideaOf(record, rootOf(record, intoId))
  const idea = ideaOf(record, id)
  if (target.id === idea.id) throw refuse('meeting-merge-self', 'an idea cannot be merged into itself')
  for (const other of record.ideas) if (other.mergedInto === idea.id) other.mergedInto = target.id
  idea.mergedInto = target.id
}

export function unmergeIdea(record: MeetingRecord, id: string): void {
  ideaOf(record, id).mergedInto = null
}

export function markInPlan(record: MeetingRecord, ids: string[]): void {
  for (const id of ids) ideaOf(record, id).inPlan = true
}

export function setVoting(record: MeetingRecord, voting: VotingSettings): void {
  record.voting = { ...voting, maxPerIdea: Math.min(voting.maxPerIdea, voting.dots) }
}

/** Dots per root idea (an idea not merged into another). */
export function tally(record: MeetingRecord): Record<string, number> {
  const out: Record<string, number> = {}
  for (const idea of record.ideas) if (!idea.mergedInto) out[idea.id] = 0
  for (const perIdea of Object.values(record.votes)) {
    for (const [id, n] of Object.entries(perIdea)) {
      const root = rootOf(record, id)
      if (root in out) out[root] += n
    }
  }
  return out
}

const sum = (xs: Record<string, number>) => Object.values(xs).reduce((a, b) => a + b, 0)

/** One dot more (+1) or less (-1) from one device on one idea, inside the meeting's rules. */
export function vote(record: MeetingRecord, device: string, ideaId: string, delta: 1 | -1): void {
  if (!record.voting.open) throw refuse('meeting-voting-closed', 'voting is closed')
  const idea = ideaOf(record, ideaId)
  if (idea.hidden) throw new AppError('not-found', 'hidden idea', { reason: 'meeting-idea-gone' })
  const root = rootOf(record, ideaId)
  const mine = (record.votes[device] ??= {})
  if (delta === -1) {
    // A dot taken back comes off the idea itself or any idea merged with it.
    const from = Object.keys(mine).find((id) => mine[id] > 0 && rootOf(record, id) === root)
    if (!from) throw refuse('meeting-no-dot-here', 'no dot of yours on this idea')
    mine[from] -= 1
    if (mine[from] === 0) delete mine[from]
    return
  }
  if (sum(mine) >= record.voting.dots) throw refuse('meeting-no-dots-left', 'all dots used')
  const onRoot = Object.entries(mine)
    .filter(([id]) => rootOf(record, id) === root)
    .reduce((a, [, n]) => a + n, 0)
  if (onRoot >= record.voting.maxPerIdea) throw refuse('meeting-idea-dots-full', 'as many dots as allowed')
  mine[root] = (mine[root] ?? 0) + 1
}

/** A device's dots by root idea, and how many it has left. */
export function devicesDots(
  record: MeetingRecord,
  device: string,
): { mine: Record<string, number>; left: number } {
  const mine: Record<string, number> = {}
  for (const [id, n] of Object.entries(record.votes[device] ?? {})) {
    const root = rootOf(record, id)
    mine[root] = (mine[root] ?? 0) + n
  }
  return { mine, left: Math.max(0, record.voting.dots - sum(mine)) }
}
