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
    return [
      new Plugin({
        key: new PluginKey('caretBlockVisible'),
        props: { decorations: nearCaret },
      }),
    ]
  },
})

function nearCaret(state: EditorState): DecorationSet {
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
