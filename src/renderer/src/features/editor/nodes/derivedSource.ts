import type { Editor } from '@tiptap/core'
import type { Node as PMNode } from '@tiptap/pm/model'
import { useSyncExternalStore } from 'react'
import type { DocJSON } from '../../../../../shared/model/plan'

/**
 * What the derived views (action plan, focus matrix, focus panel) are computed from. The shared
 * derivations only look at headings and initiatives, so they get a document holding just those,
 * in document order: the same answers as from the whole plan, without turning a 300-page plan
 * into JSON on every keystroke. Typing in ordinary text leaves every heading and initiative node
 * untouched (ProseMirror nodes are immutable and shared between versions), so the source keeps
 * its identity and nothing downstream re-renders.
 */
export type DerivedSource = { nodes: readonly PMNode[]; doc: DocJSON }

const SETTLE_MS = 150

/** Headings and initiatives in the order the shared walk (derive/docWalk) would meet them. */
export function derivationNodes(doc: PMNode): PMNode[] {
  const out: PMNode[] = []
  doc.descendants((node) => {
    const type = node.type.name
    if (type === 'heading' || type === 'initiative') {
      out.push(node)
      return false
    }
    // Neither can sit inside a paragraph or a leaf: don't walk their text.
    return !node.isTextblock && !node.isLeaf
  })
  return out
}

const sameNodes = (a: readonly PMNode[], b: readonly PMNode[]) =>
  a.length === b.length && a.every((n, i) => n === b[i])

/** The source for a document, reusing `previous` when no heading or initiative changed. */
export function derivedSourceOf(doc: PMNode, previous: DerivedSource | null): DerivedSource {
  const nodes = derivationNodes(doc)
  if (previous && sameNodes(previous.nodes, nodes)) return previous
  return { nodes, doc: { type: 'doc', content: nodes.map((n) => n.toJSON() as unknown) } }
}

type Store = { current: DerivedSource; listeners: Set<() => void>; detach: () => void }
const stores = new WeakMap<Editor, Store>()

/** One store per editor. A change is looked at once typing settles, not on every keystroke. */
function storeFor(editor: Editor): Store {
  const existing = stores.get(editor)
  if (existing) return existing
  let timer: ReturnType<typeof setTimeout> | null = null
  const refresh = () => {
    timer = null
    if (editor.isDestroyed) return
    const next = derivedSourceOf(editor.state.doc, store.current)
    if (next === store.current) return
    store.current = next
    store.listeners.forEach((l) => l())
  }
  const onUpdate = () => {
    if (timer) clearTimeout(timer)
    timer = setTimeout(refresh, SETTLE_MS)
  }
  const store: Store = {
    current: derivedSourceOf(editor.state.doc, null),
    listeners: new Set(),
    detach: () => {
      if (timer) clearTimeout(timer)
      editor.off('update', onUpdate)
      editor.off('destroy', store.detach)
      stores.delete(editor)
    },
  }
  editor.on('update', onUpdate)
  editor.on('destroy', store.detach)
  stores.set(editor, store)
  return store
}

/** Re-renders when a heading or an initiative changed, at most once per pause in typing. */
export function useDerivedDoc(editor: Editor): DocJSON {
  const store = storeFor(editor)
  return useSyncExternalStore(
    (cb) => {
      store.listeners.add(cb)
      return () => void store.listeners.delete(cb)
    },
    () => store.current.doc,
  )
}
