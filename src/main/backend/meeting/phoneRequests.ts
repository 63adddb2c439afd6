import { z } from 'zod'
import { IdeaText, SectionTitle } from '../../../shared/model/meeting'
import { SafeId } from '../../../shared/model/ids'

/** A phone's token: made by its browser, kept in its storage; one browser is one voter. */
export const DEVICE_PATTERN = /^[A-Za-z0-9]{16,64}$/
const Device = z.string().regex(DEVICE_PATTERN)

const IdeaPost = z.object({ device: Device, text: IdeaText, section: SectionTitle.nullable().default(null) })
const VotePost = z.object({ device: Device, ideaId: SafeId, delta: z.union([z.literal(1), z.literal(-1)]) })

export type PhoneRequest =
  | { kind: 'idea'; device: string; text: string; section: string | null }
  | { kind: 'vote'; device: string; ideaId: string; delta: 1 | -1 }

/** What a phone posts is checked here, at the server's edge; the room trusts the types. */
export function parseIdeaPost(body: unknown): PhoneRequest | null {
  const r = IdeaPost.safeParse(body)
  return r.success ? { kind: 'idea', ...r.data } : null
}

export function parseVotePost(body: unknown): PhoneRequest | null {
  const r = VotePost.safeParse(body)
  return r.success ? { kind: 'vote', ...r.data } : null
}
