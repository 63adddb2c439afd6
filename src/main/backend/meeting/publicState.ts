import type { MeetingRecord } from '../../../shared/model/meeting'
import { tally } from './meetingRules'

/** What every phone (and the projector) sees: shown ideas with their dots, never hidden ones, never
 * a device's token. `merges` changes when ideas are merged, so a phone asks for its own dots again. */
export function publicState(record: MeetingRecord): string {
  const votes = tally(record)
  const ideas = record.ideas
    .filter((i) => !i.hidden && !i.mergedInto)
    .map((i) => ({ id: i.id, text: i.text, section: i.section, votes: votes[i.id] ?? 0 }))
  const merges = record.ideas.filter((i) => i.mergedInto).length
  return JSON.stringify({ sections: record.sections, voting: record.voting, merges, ideas })
}
