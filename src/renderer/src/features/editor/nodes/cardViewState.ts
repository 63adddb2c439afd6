import type { Editor } from '@tiptap/core'
import { Plugin, PluginKey } from '@tiptap/pm/state'
import { useSyncExternalStore } from 'react'

/**
 * Which cards are folded to one line. View state, not document: folding is how one reader looks at
 * the plan right now, the Word export and the other laptop must not change because of it, and a fold
 * must not be an undo step. Keyed by card id, so a card keeps its fold when it is moved.
 */
const collapsedKey = new PluginKey<ReadonlySet<string>>('initiativeCollapsed')
const NONE: ReadonlySet<string> = new Set()

export function collapsedCardsPlugin(): Plugin<ReadonlySet<string>> {
  return new Plugin<ReadonlySet<string>>({
    key: collapsedKey,
    state: {
      init: () => NONE,
      apply: (tr, value) => (tr.getMeta(collapsedKey) as ReadonlySet<string> | undefined) ?? value,
    },
  })
}

export function isCollapsed(editor: Editor, id: string): boolean {
  if (editor.isDestroyed || !id) return false
  return (collapsedKey.getState(editor.state) ?? NONE).has(id)
}

export function setCollapsed(editor: Editor, id: string, collapsed: boolean): void {
  if (editor.isDestroyed || !id) return
  const next = new Set(collapsedKey.getState(editor.state) ?? NONE)
  if (collapsed) next.add(id)
  else next.delete(id)
  editor.view.dispatch(editor.state.tr.setMeta(collapsedKey, next).setMeta('addToHistory', false))
}

export function useCollapsed(editor: Editor, id: string): boolean {
  return useSyncExternalStore(
    (cb) => {
      editor.on('transaction', cb)
      return () => void editor.off('transaction', cb)
    },
    () => isCollapsed(editor, id),
  )
}
