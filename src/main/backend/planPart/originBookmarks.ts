import { createHash } from 'node:crypto'

/**
 * Hidden bookmarks (Word hides names that start with "_") around what the export derives from the
 * plan rather than copies from its text: an initiative's card (title, field table, description),
 * the action plan, the focus matrix. A consultant's comment on such text has nothing in the plan's
 * text to be found by; the bookmark around it says where it came from, so the review import can
 * attach it to the initiative or block. Word keeps bookmarks as it saves; names are at most 40
 * characters, letters, digits and "_", so an initiative is named by a hash of its id.
 */
export type Origin = { kind: 'initiative'; key: string } | { kind: 'actionPlan' | 'focusMatrix'; key: string }

const PREFIX = { initiative: '_PvI', actionPlan: '_PvA', focusMatrix: '_PvM' } as const

/** The key of an initiative id: the same for the export and for the plan a review comes back to. */
export const initiativeKey = (id: string) => createHash('sha256').update(id).digest('hex').slice(0, 32)

export function originBookmarkName(origin: Origin): string {
  return `${PREFIX[origin.kind]}${origin.key}`
}

/** The origin a bookmark name stands for, or null for any other bookmark. */
export function originOfBookmark(name: string): Origin | null {
  const m = /^_Pv([IAM])([0-9a-f]{32}|\d{1,4})$/.exec(name)
  if (!m) return null
  if (m[1] === 'I') return /^[0-9a-f]{32}$/.test(m[2]) ? { kind: 'initiative', key: m[2] } : null
  return { kind: m[1] === 'A' ? 'actionPlan' : 'focusMatrix', key: m[2] }
}

/** Bookmark ids far above those of the headings the contents link to. */
export const ORIGIN_BOOKMARK_ID_BASE = 900_000
