import { Extension } from '@tiptap/core'
import { Plugin, PluginKey, type EditorState } from '@tiptap/pm/state'
import { Decoration, DecorationSet } from '@tiptap/pm/view'

/** How many top-level blocks around the caret are always fully rendered. */
const AROUND = 1
/** A selection over very many blocks marks only its ends (select-all must stay cheap). */
const MAX_MARKED = 40

/**
 * Marks the top-level blocks at and around the caret with `near-caret`. The editor's CSS lets
 * Chromium skip off-screen blocks (content-visibility: auto) so a long plan types fast; but a block
 * created by Enter starts out "skipped" for a frame, and a letter typed into it then lands before
 * the caret ("Historie" became "istorieH"). Blocks near the caret are never skipped, including the
 * one Enter has just made: the mark arrives in the same update that draws it.
 */
export const CaretBlockVisible = Extension.create({
  name: 'caretBlockVisible',
  addProseMirrorPlugins() {
    return [nearCaretPlugin()]
  },
})

/** The blocks marked and their decorations, kept between transactions (see nearCaretPlugin). */
type Marked = { first: number; last: number; set: DecorationSet }

/**
 * Building a DecorationSet walks every top-level block of the document (ProseMirror's buildTree),
 * thousands in a 300-page plan, and a decorations prop runs on every update, a keystroke or a
 * status change in a pause. So the set is kept in the plugin's state and only mapped through an
 * edit (cheap: it follows the few marked blocks); it is built anew when the caret reaches other
 * blocks or an edit changed how many there are.
 */
export function nearCaretPlugin(): Plugin<Marked> {
  const key = new PluginKey<Marked>('caretBlockVisible')
  const mark = (state: EditorState): Marked => ({ ...caretRange(state), set: nearCaret(state) })
  return new Plugin<Marked>({
    key,
    state: {
      init: (_, state) => mark(state),
      apply(tr, prev, oldState, state) {
        if (!tr.docChanged && !tr.selectionSet) return prev
        const { first, last } = caretRange(state)
        const sameBlocks = first === prev.first && last === prev.last
        if (!tr.docChanged) return sameBlocks ? prev : mark(state)
        if (!sameBlocks || state.doc.childCount !== oldState.doc.childCount) return mark(state)
        // Should the mapping have dropped a mark (its block replaced whole), build the set anew.
        const set = prev.set.map(tr.mapping, tr.doc)
        return set.find().length === prev.set.find().length ? { first, last, set } : mark(state)
      },
    },
    props: { decorations: (state) => key.getState(state)?.set ?? DecorationSet.empty },
  })
}

function caretRange(state: EditorState): { first: number; last: number } {
  const { doc, selection } = state
  return {
    first: Math.max(0, selection.$from.index(0) - AROUND),
    last: Math.min(doc.childCount - 1, selection.$to.index(0) + AROUND),
  }
}

/** The marks for the blocks around the caret, built from nothing. */
export function nearCaret(state: EditorState): DecorationSet {
  const { doc, selection } = state
  if (doc.childCount === 0) return DecorationSet.empty
  const first = Math.max(0, selection.$from.index(0) - AROUND)
  const last = Math.min(doc.childCount - 1, selection.$to.index(0) + AROUND)
  const indexes = new Set<number>()
  for (let i = first; i <= last && indexes.size < MAX_MARKED; i++) indexes.add(i)
  for (let i = Math.max(first, last - 2 * AROUND); i <= last; i++) indexes.add(i)
  const decorations: Decoration[] = []
  let pos = selection.$from.posAtIndex(first, 0)
  for (let i = first; i <= last; i++) {
    const node = doc.child(i)
    if (indexes.has(i)) decorations.push(Decoration.node(pos, pos + node.nodeSize, { class: 'near-caret' }))
    pos += node.nodeSize
  }
  return DecorationSet.create(doc, decorations)
}
