import type { Node as PMNode } from '@tiptap/pm/model'
import { Plugin, PluginKey, type EditorState, type Transaction } from '@tiptap/pm/state'
import {
  AddMarkStep,
  AddNodeMarkStep,
  AttrStep,
  DocAttrStep,
  Mapping,
  RemoveMarkStep,
  RemoveNodeMarkStep,
  ReplaceAroundStep,
  ReplaceStep,
  type Step,
} from '@tiptap/pm/transform'
import { sliceHasCard } from './cardBoundaries'

type Card = { pos: number; id: string }

/** Every initiative card in the document with its position, in document order. */
export function initiativeCards(doc: PMNode): Card[] {
  const out: Card[] = []
  doc.descendants((node, pos) => {
    if (node.type.name === 'initiative') {
      out.push({ pos, id: typeof node.attrs.id === 'string' ? node.attrs.id : '' })
      return false
    }
    // Cards are blocks: no need to look inside a paragraph or a heading.
    return !node.isTextblock
  })
  return out
}

/** What the document schema accepts as a card id (initiativeAttrs.ts); anything else is replaced. */
const USABLE_ID = /^[A-Za-z0-9_-]{1,64}$/

/** The ids that more than one card carries. */
function duplicatedIds(cards: Card[]): Set<string> {
  const seen = new Set<string>()
  const twice = new Set<string>()
  for (const c of cards) if (USABLE_ID.test(c.id)) (seen.has(c.id) ? twice : seen).add(c.id)
  return twice
}

/** Cards that need a fresh id whatever else happens: none, or one a save would refuse (a card
 * pasted from outside with an empty or odd data-id). */
const unusable = (cards: Card[]) => cards.some((c) => !USABLE_ID.test(c.id))

/**
 * Which card of a duplicated id keeps it: the one that was there before these transactions (its
 * old position maps onto it), so a card pasted, dropped or split off ABOVE the original is still
 * the copy; when none was there before (a whole new document), the first in document order.
 */
function keepers(cards: Card[], ids: Set<string>, before: EditorState | null, mapping: Mapping) {
  const keep = new Map<string, number>()
  if (before) {
    const at = new Map(cards.map((c) => [c.pos, c]))
    for (const old of initiativeCards(before.doc)) {
      if (!ids.has(old.id) || keep.has(old.id)) continue
      const mapped = mapping.mapResult(old.pos, 1)
      if (!mapped.deleted && at.get(mapped.pos)?.id === old.id) keep.set(old.id, mapped.pos)
    }
  }
  for (const c of cards) if (ids.has(c.id) && !keep.has(c.id)) keep.set(c.id, c.pos)
  return keep
}

/** A transaction giving every copy of a duplicated id, and every card without a usable id, a fresh
 * one; null when every card has its own usable id. */
export function reIdDuplicates(
  state: EditorState,
  before: EditorState | null = null,
  mapping = new Mapping(),
): Transaction | null {
  const cards = initiativeCards(state.doc)
  const ids = duplicatedIds(cards)
  if (ids.size === 0 && !unusable(cards)) return null
  const keep = keepers(cards, ids, before, mapping)
  const tr = state.tr
  for (const c of cards) {
    const copy = ids.has(c.id) && keep.get(c.id) !== c.pos
    if (copy || !USABLE_ID.test(c.id)) tr.setNodeAttribute(c.pos, 'id', crypto.randomUUID())
  }
  return tr
}

/** Whether a step can bring a card id into the document: it puts in content holding a card (a
 * paste, a drop, a split, an undo, a card's attributes set anew) or sets an `id` attribute. Typing,
 * deleting and formatting cannot, and they are checked without walking the plan's cards. */
function mayAddCardId(step: Step): boolean {
  if (step instanceof ReplaceStep || step instanceof ReplaceAroundStep) return sliceHasCard(step.slice)
  if (step instanceof AttrStep) return step.attr === 'id'
  const cannot = [AddMarkStep, RemoveMarkStep, AddNodeMarkStep, RemoveNodeMarkStep, DocAttrStep]
  return !cannot.some((kind) => step instanceof kind)
}

const key = new PluginKey<boolean>('uniqueInitiativeIds')

/**
 * Two cards with one id must never exist: the action plan, the version comparison and the export
 * pair initiatives by id. Whatever made the copy (a paste, a drop, a split, an undo), the copy gets
 * a fresh id in the same step, so undo takes back the copy and its id together. A plan that was
 * saved with duplicates (before this rule) is mended as it opens, and that mend is saved.
 */
export function uniqueInitiativeIdsPlugin(): Plugin<boolean> {
  return new Plugin<boolean>({
    key,
    // Whether the state was built with duplicates (a freshly opened plan); edits are mended as they happen.
    state: {
      init: (_config, state) => {
        const cards = initiativeCards(state.doc)
        return duplicatedIds(cards).size > 0 || unusable(cards)
      },
      apply: () => false,
    },
    appendTransaction(trs, oldState, newState) {
      // Not a walk over every card per keystroke: only a step that can bring in an id is checked.
      if (!trs.some((tr) => tr.steps.some(mayAddCardId))) return null
      const mapping = new Mapping()
      for (const tr of trs) mapping.appendMapping(tr.mapping)
      return reIdDuplicates(newState, oldState, mapping)
    },
    view(view) {
      const mend = () => {
        if (!key.getState(view.state)) return
        const tr = reIdDuplicates(view.state)
        if (tr) view.dispatch(tr.setMeta('addToHistory', false))
      }
      // Not from inside the view's constructor: the editor is not ready to take a transaction yet.
      const first = setTimeout(() => {
        if (!view.isDestroyed) mend()
      })
      return { update: mend, destroy: () => clearTimeout(first) }
    },
  })
}
