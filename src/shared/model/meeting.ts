import { z } from 'zod'
import { SafeId } from './ids'

/** The longest idea a phone (or the facilitator) may send: a sentence or three, not an essay. */
export const IDEA_MAX_CHARS = 500
/** Sections offered on the phones, each a heading's text. */
export const SECTION_MAX_CHARS = 200

export const IdeaText = z.string().trim().min(1).max(IDEA_MAX_CHARS)
export const SectionTitle = z.string().trim().min(1).max(SECTION_MAX_CHARS)

export const MeetingIdea = z.object({
  id: SafeId,
  text: z.string().max(IDEA_MAX_CHARS),
  /** The section the idea is about, one of the titles offered, or null. */
  section: z.string().max(SECTION_MAX_CHARS).nullable(),
  source: z.enum(['phone', 'facilitator']),
  at: z.string().max(40),
  hidden: z.boolean(),
  /** Another idea this one was merged into: its votes count there and it is shown inside it. */
  mergedInto: SafeId.nullable(),
  /** Put into the plan already (as a paragraph or an initiative). */
  inPlan: z.boolean(),
})
export type MeetingIdea = z.infer<typeof MeetingIdea>

export const VotingSettings = z.object({
  dots: z.number().int().min(1).max(20),
  maxPerIdea: z.number().int().min(1).max(20),
  open: z.boolean(),
})
export type VotingSettings = z.infer<typeof VotingSettings>

/** A meeting's record, saved beside its plan (plans/<id>/meeting.json). Votes are kept per device
 * (a random token the phone's browser made: one browser is one voter) and per idea. */
export const MeetingRecord = z.object({
  schemaVersion: z.literal(1),
  startedAt: z.string().max(40),
  endedAt: z.string().max(40).nullable(),
  sections: z.array(SectionTitle).max(100),
  ideas: z.array(MeetingIdea).max(5000),
  votes: z.record(z.string().max(64), z.record(SafeId, z.number().int().min(0).max(20))),
  voting: VotingSettings,
})
export type MeetingRecord = z.infer<typeof MeetingRecord>

export type MeetingInterface = { name: string; address: string }

/** What the facilitator's panel shows: the record, whether the server runs, where, and the tally. */
export type MeetingView = {
  running: boolean
  /** The address for the phones, with the meeting code in its path. */
  url: string | null
  code: string | null
  /** The QR code of url: one string of '1' (dark) and '0' per row. */
  qr: string[] | null
  record: MeetingRecord | null
  /** Dots on each idea that is not merged into another, its merged ideas' dots included. */
  tally: Record<string, number>
  voters: number
  /** Counts every change of this meeting since the backend started: `meeting.waitForChange` answers
   * as soon as it differs from the caller's. */
  rev: number
  /** The section on the projector (an index into the plan's headings) and since when, or null. */
  presenting: Presenting | null
}

/** A section longer than the projector's screen is shown in parts ("del 2 af 3"): `part` is the one
 * shown (-1 asks for the section's last, which only the projector can measure) and `parts` how many the
 * projector measured (1 until it has). */
export type Presenting = { section: number; part: number; parts: number; since: string }

/** How long `meeting.waitForChange` holds a call with nothing new before it answers anyway. */
export const MEETING_WAIT_MS = 20_000

/** Where the projector window opened: on a second display, or on the laptop's own ("samme skærm"). */
export type ProjectorPlacement = { display: 'external' | 'same'; view: MeetingView }
