import { Plugin, PluginKey, type EditorState, type Transaction } from '@tiptap/pm/state'
import { Decoration, DecorationSet } from '@tiptap/pm/view'
import type { Node as PMNode } from '@tiptap/pm/model'
import type { Editor } from '@tiptap/core'
import { useSyncExternalStore } from 'react'
import type { Catalogue } from '../../../../../shared/model/catalogue'

/**
 * What the focus-area views need besides the document: the plan's catalogue (for chip titles and
 * colours) and the focus area the user chose to highlight. Kept in a ProseMirror plugin so node
 * views, the panel and the decorations all read one value and re-render on the same transaction.
 */
export type FocusState = { catalogue: Catalogue | null; highlight: string | null }

export const focusStateKey = new PluginKey<FocusState>('focusState')

const EMPTY: FocusState = { catalogue: null, highlight: null }

const idsOf = (node: PMNode): string[] =>
  Array.isArray(node.attrs.focusAreas)
    ? (node.attrs.focusAreas as unknown[]).filter((x) => typeof x === 'string')
    : []

/** Initiatives serving the focus area, tagged headings and the text of their section. */
function highlightDecorations(doc: PMNode, id: string): DecorationSet {
  const decos: Decoration[] = []
  let sectionLevel: number | null = null
  doc.forEach((node, pos) => {
    if (node.type.name === 'heading') {
      const level = Number(node.attrs.level) || 1
      if (sectionLevel !== null && level <= sectionLevel) sectionLevel = null
      if (idsOf(node).includes(id)) sectionLevel = level
    }
    const own = node.type.name === 'initiative' && idsOf(node).includes(id)
    if (sectionLevel !== null || own) {
      decos.push(Decoration.node(pos, pos + node.nodeSize, { class: 'focus-highlight' }))
    }
  })
  return DecorationSet.create(doc, decos)
}

export function focusStatePlugin(catalogue: Catalogue | null = null): Plugin<FocusState> {
  return new Plugin<FocusState>({
    key: focusStateKey,
    state: {
      init: () => ({ catalogue, highlight: null }),
      apply: (tr: Transaction, value: FocusState) => {
        const patch = tr.getMeta(focusStateKey) as Partial<FocusState> | undefined
        return patch ? { ...value, ...patch } : value
      },
    },
    props: {
      decorations(state: EditorState) {
        const { highlight } = focusStateKey.getState(state) ?? EMPTY
        return highlight ? highlightDecorations(state.doc, highlight) : null
      },
    },
  })
}

export function getFocusState(editor: Editor): FocusState {
  if (editor.isDestroyed) return EMPTY
  return focusStateKey.getState(editor.state) ?? EMPTY
}

/** Changes the focus state without touching the document or the undo history. */
export function setFocusState(editor: Editor, patch: Partial<FocusState>): void {
  if (editor.isDestroyed) return
  const tr = editor.state.tr.setMeta(focusStateKey, patch).setMeta('addToHistory', false)
  editor.view.dispatch(tr)
}

function subscribe(editor: Editor, onChange: () => void) {
  editor.on('transaction', onChange)
  return () => {
    editor.off('transaction', onChange)
  }
}

/** Re-renders when the focus state changes. */
export function useFocusState(editor: Editor): FocusState {
  return useSyncExternalStore(
    (cb) => subscribe(editor, cb),
    () => getFocusState(editor),
  )
}
