import type { Selection } from '@tiptap/pm/state'

/** Where a new card or derived block goes: after the top-level block holding the cursor (a card
 * inside a card or a list would not fit). */
export function afterCurrentBlock(selection: Selection): number {
  const { $from, to } = selection
  return $from.depth >= 1 ? $from.after(1) : to
}
