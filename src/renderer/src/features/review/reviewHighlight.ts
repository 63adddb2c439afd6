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
        const meta = tr.getMeta(reviewHighlightKey) as { from: number; to: number } | null | undefined
        if (meta === null) return DecorationSet.empty
        if (meta) {
          return DecorationSet.create(tr.doc, [
            Decoration.inline(meta.from, meta.to, { class: 'review-highlight' }),
          ])
        }
        return set.map(tr.mapping, tr.doc)
      },
    },
    props: { decorations: (state: EditorState) => reviewHighlightKey.getState(state) },
  })
}

/** A placement's block path and text offsets as a ProseMirror range, or null when the plan has moved on. */
export function placementToRange(doc: PMNode, p: CommentPlacement): { from: number; to: number } | null {
  let node = doc
  let contentStart = 0
  for (const i of p.path) {
    if (i >= node.childCount) return null
    let pos = contentStart
    for (let k = 0; k < i; k++) pos += node.child(k).nodeSize
    node = node.child(i)
    contentStart = pos + 1
  }
  if (!node.isTextblock) return null
  const max = contentStart + node.content.size
  const from = Math.min(contentStart + p.from, max)
  return { from, to: Math.max(from, Math.min(contentStart + p.to, max)) }
}
