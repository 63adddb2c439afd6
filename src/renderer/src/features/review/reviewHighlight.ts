import { Plugin, PluginKey, type EditorState } from '@tiptap/pm/state'
import { Decoration, DecorationSet } from '@tiptap/pm/view'
import type { Node as PMNode } from '@tiptap/pm/model'
import type { CommentPlacement } from '../../../../shared/model/review'

export const reviewHighlightKey = new PluginKey<DecorationSet>('reviewHighlight')

/**
 * Marks the passage a comment is about. Editor-only: a decoration, never a mark, so the plan's
 * document (and its Word export) never carries it.
 */
export function reviewHighlightPlugin(): Plugin<DecorationSet> {
  return new Plugin<DecorationSet>({
    key: reviewHighlightKey,
    state: {
      init: () => DecorationSet.empty,
      apply(tr, set) {
        const meta = tr.getMeta(reviewHighlightKey) as ReviewRange | null | undefined
        if (meta === null) return DecorationSet.empty
        if (meta) {
          const attrs = { class: 'review-highlight' }
          return DecorationSet.create(tr.doc, [
            meta.node
              ? Decoration.node(meta.from, meta.to, attrs)
              : Decoration.inline(meta.from, meta.to, attrs),
          ])
        }
        return set.map(tr.mapping, tr.doc)
      },
    },
    props: { decorations: (state: EditorState) => reviewHighlightKey.getState(state) },
  })
}

/** A passage of text, or (`node`) a whole node: an initiative card or derived block a comment on
 * the export's derived text is attached to. */
export type ReviewRange = { from: number; to: number; node?: boolean }

/** A placement's block path and text offsets as a ProseMirror range, or null when the plan has moved on. */
export function placementToRange(doc: PMNode, p: CommentPlacement): ReviewRange | null {
  let node = doc
  let contentStart = 0
  for (const i of p.path) {
    if (i >= node.childCount) return null
    let pos = contentStart
    for (let k = 0; k < i; k++) pos += node.child(k).nodeSize
    node = node.child(i)
    contentStart = pos + 1
  }
  if (p.match === 'derived' && !node.isTextblock && node !== doc) {
    return { from: contentStart - 1, to: contentStart - 1 + node.nodeSize, node: true }
  }
  if (!node.isTextblock) return null
  const max = contentStart + node.content.size
  const from = Math.min(contentStart + p.from, max)
  return { from, to: Math.max(from, Math.min(contentStart + p.to, max)) }
}
