import type { Node as PMNode, ResolvedPos, Slice } from '@tiptap/pm/model'
import { TextSelection, type EditorState, type Selection, type Transaction } from '@tiptap/pm/state'

/** Blocks that behave like a Word object: selected whole, never merged with text around them. */
const OBJECTS = new Set(['initiative', 'actionPlan', 'focusMatrix', 'yearWheel'])
export const isObject = (node: PMNode | null | undefined): node is PMNode =>
  node != null && OBJECTS.has(node.type.name)

export type CardAt = { pos: number; node: PMNode }

/** The initiative card whose description holds this position, or null. */
export function cardAt($pos: ResolvedPos): CardAt | null {
  for (let d = $pos.depth; d > 0; d--) {
    if ($pos.node(d).type.name === 'initiative') return { pos: $pos.before(d), node: $pos.node(d) }
  }
  return null
}

/** True when a text selection starts and ends in different places as far as cards go: one end in
 * a card's description and the other outside it (or in another card). Deleting such a range the
 * usual way joins what is left on both sides, which pulls text into or out of a card. */
export function crossesCard(sel: Selection): sel is TextSelection {
  if (!(sel instanceof TextSelection) || sel.empty) return false
  return cardAt(sel.$from)?.pos !== cardAt(sel.$to)?.pos
}

/**
 * Deletes a selection that crosses a card's edge without joining across it, as Word deletes text
 * up to a table: the part inside a card is deleted inside that card, the part outside is deleted
 * outside, cards wholly inside the range go whole. The cursor stays where the range began.
 */
export function deleteAcrossCards(state: EditorState): Transaction {
  const { from, to, $from, $to } = state.selection
  const first = cardAt($from)
  const last = cardAt($to)
  const pieces: [number, number][] = []
  let outsideFrom = from
  let outsideTo = to
  if (first) {
    const end = first.pos + first.node.nodeSize
    pieces.push([from, end - 1])
    outsideFrom = end
  }
  if (last) {
    pieces.push([last.pos + 1, to])
    outsideTo = last.pos
  }
  if (outsideFrom < outsideTo) pieces.push([outsideFrom, outsideTo])
  const tr = state.tr
  // From the end backwards, so the earlier pieces' positions still hold.
  for (const [a, b] of pieces.sort((x, y) => y[0] - x[0])) if (a < b) tr.delete(a, b)
  tr.setSelection(TextSelection.near(tr.doc.resolve(tr.mapping.map(from, -1)), 1))
  return tr
}

/** Does the slice carry an initiative card (a card cannot go inside a card)? */
export function sliceHasCard(slice: Slice): boolean {
  let found = false
  slice.content.descendants((node) => {
    if (node.type.name === 'initiative') found = true
    return !found && !node.isTextblock
  })
  return found
}
