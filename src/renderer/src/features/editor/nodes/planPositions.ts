import type { Editor } from '@tiptap/core'
import type { Node as PMNode } from '@tiptap/pm/model'

/** Position of the nth node of a type, counted in document order as the shared derivations count. */
export function nthNodePos(doc: PMNode, type: string, index: number): number | null {
  let seen = 0
  let found: number | null = null
  doc.descendants((node, pos) => {
    if (found !== null) return false
    if (node.type.name === type) {
      if (seen === index) found = pos
      seen++
      return false
    }
    return true
  })
  return found
}

/** Puts the cursor into the nth node of a type and scrolls it into the middle of the screen. */
export function jumpTo(editor: Editor, type: 'initiative' | 'heading', index: number): boolean {
  const pos = nthNodePos(editor.state.doc, type, index)
  if (pos === null) return false
  editor
    .chain()
    .focus()
    .setTextSelection(pos + (type === 'initiative' ? 2 : 1))
    .run()
  const dom = editor.view.nodeDOM(pos)
  if (dom instanceof HTMLElement) dom.scrollIntoView({ block: 'center', behavior: 'smooth' })
  return true
}
