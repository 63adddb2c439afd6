import type { CommandProps } from '@tiptap/core'
import type { Node as PMNode } from '@tiptap/pm/model'
import { NodeSelection, type Transaction } from '@tiptap/pm/state'
import { closeHistory } from '@tiptap/pm/history'
import { afterCurrentBlock } from '../afterCurrentBlock'
import { checkInitiativeAttrs, initiativeNode, type InitiativeFields } from './initiativeNode'

export type CardDirection = 'up' | 'down'

declare module '@tiptap/core' {
  interface Commands<ReturnType> {
    initiative: {
      /** A new card made by initiativeNode (defaults under `fields`, a fresh id unless given), after
       * the block holding the cursor unless `at` says where. Refused when the fields are not ones the
       * node's schema accepts. */
      insertInitiative: (fields?: InitiativeFields, options?: { id?: string; at?: number }) => ReturnType
      /** Changes some fields of the card at pos; refused (nothing changes) when pos is no card or the
       * fields are not ones the node's schema accepts. */
      setInitiative: (pos: number, fields: InitiativeFields) => ReturnType
      /** Selects the card at pos as a whole (a NodeSelection): Delete then removes the card, nothing else. */
      selectInitiative: (pos: number) => ReturnType
      /** Swaps the card at pos with its neighbour block; the card stays selected. One undo step. */
      moveInitiative: (pos: number, direction: CardDirection) => ReturnType
      /** Removes the card at pos. One undo step. */
      deleteInitiative: (pos: number) => ReturnType
    }
  }
}

/** The card at pos, or null when pos does not start an initiative (a stale position, say). */
function cardAt(doc: PMNode, pos: number): PMNode | null {
  if (pos < 0 || pos >= doc.content.size) return null
  const node = doc.nodeAt(pos)
  return node?.type.name === 'initiative' ? node : null
}

/** Where the card would land, or null at the start/end of its parent (nothing to swap with). */
export function moveTarget(doc: PMNode, pos: number, direction: CardDirection): number | null {
  const card = cardAt(doc, pos)
  if (!card) return null
  const $pos = doc.resolve(pos)
  const index = $pos.index()
  const parent = $pos.parent
  if (direction === 'up') {
    if (index === 0) return null
    return pos - parent.child(index - 1).nodeSize
  }
  if (index + 1 >= parent.childCount) return null
  // After the card is taken out, the next block starts where the card did.
  return pos + parent.child(index + 1).nodeSize
}

/** A card command is its own undo step, even right after another one on the same card: the history
 * would otherwise fold a quick "Flyt op, Slet" into one step. */
const ownStep = (tr: Transaction) => closeHistory(tr)

export const initiativeCommands = {
  insertInitiative:
    (fields: InitiativeFields = {}, options: { id?: string; at?: number } = {}) =>
    ({ tr, commands }: CommandProps) => {
      const made = initiativeNode(options.id ?? crypto.randomUUID(), fields)
      if (!made.ok) return false
      return commands.insertContentAt(options.at ?? afterCurrentBlock(tr.selection), made.value)
    },

  setInitiative:
    (pos: number, fields: InitiativeFields) =>
    ({ tr, dispatch }: CommandProps) => {
      const card = cardAt(tr.doc, pos)
      if (!card) return false
      const attrs = checkInitiativeAttrs({ ...card.attrs, ...fields })
      if (!attrs.ok) return false
      if (dispatch) tr.setNodeMarkup(pos, undefined, attrs.value)
      return true
    },

  selectInitiative:
    (pos: number) =>
    ({ tr, dispatch }: CommandProps) => {
      if (!cardAt(tr.doc, pos)) return false
      if (dispatch) tr.setSelection(NodeSelection.create(tr.doc, pos))
      return true
    },

  moveInitiative:
    (pos: number, direction: CardDirection) =>
    ({ tr, dispatch }: CommandProps) => {
      const card = cardAt(tr.doc, pos)
      const target = moveTarget(tr.doc, pos, direction)
      if (!card || target === null) return false
      if (dispatch) {
        ownStep(tr)
          .delete(pos, pos + card.nodeSize)
          .insert(target, card)
        tr.setSelection(NodeSelection.create(tr.doc, target)).scrollIntoView()
      }
      return true
    },

  deleteInitiative:
    (pos: number) =>
    ({ tr, dispatch }: CommandProps) => {
      const card = cardAt(tr.doc, pos)
      if (!card) return false
      if (dispatch)
        ownStep(tr)
          .delete(pos, pos + card.nodeSize)
          .scrollIntoView()
      return true
    },
}
