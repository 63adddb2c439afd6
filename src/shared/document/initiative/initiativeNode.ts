import type { JSONContent } from '@tiptap/core'
import { INITIATIVE_DEFAULTS, InitiativeAttrsSchema, type InitiativeAttrs } from './initiativeAttrs'

/** A card's fields as a caller gives them: any it leaves out take their defaults. */
export type InitiativeFields = Partial<Omit<InitiativeAttrs, 'id'>>

export type InitiativeJSON<C extends JSONContent = JSONContent> = {
  type: 'initiative'
  attrs: InitiativeAttrs
  content: (C | { type: 'paragraph' })[]
}

export type Checked<T> = { ok: true; value: T } | { ok: false; issue: string }

/** The node's own check of its attributes (the zod schema a saved document is checked with too). */
export function checkInitiativeAttrs(attrs: unknown): Checked<InitiativeAttrs> {
  const parsed = InitiativeAttrsSchema.safeParse(attrs)
  // A card made before status dates were kept has none: an empty history.
  if (parsed.success)
    return { ok: true, value: { ...parsed.data, statusHistory: parsed.data.statusHistory ?? [] } }
  const first = parsed.error.issues[0]
  return { ok: false, issue: `${first?.path.join('.') || 'attrs'}: ${first?.message ?? 'invalid'}` }
}

/**
 * The one way an initiative node is made: by the editor's insertInitiative command, by the meeting's
 * ideas and by the Word importer. Its attributes are the defaults with `fields` over them, checked
 * against the node's schema, so no maker can build a card a save would refuse. An empty description
 * is one empty paragraph (the node needs at least one block).
 */
export function initiativeNode<C extends JSONContent = JSONContent>(
  id: string,
  fields: InitiativeFields = {},
  content: C[] = [],
): Checked<InitiativeJSON<C>> {
  const attrs = checkInitiativeAttrs({ ...INITIATIVE_DEFAULTS, ...fields, id })
  if (!attrs.ok) return attrs
  return {
    ok: true,
    value: {
      type: 'initiative',
      attrs: attrs.value,
      content: content.length ? content : [{ type: 'paragraph' }],
    },
  }
}
