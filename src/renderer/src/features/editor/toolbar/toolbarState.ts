import type { Editor } from '@tiptap/react'
import { redoDepth, undoDepth } from '@tiptap/pm/history'
import { blockActions, currentBlockStyle, markActions, type BlockStyle } from './actions'

/** What the toolbar shows: which toggles are on, undo/redo, table tools, link, block style. */
export type ToolbarState = {
  active: Record<string, boolean>
  canUndo: boolean
  canRedo: boolean
  inTable: boolean
  link: boolean
  block: BlockStyle
}

const toggles = [...markActions, ...blockActions].filter((a) => a.isActive)
const MARK_IDS = new Set(markActions.map((a) => a.id))

/**
 * The toolbar's state after a transaction. It is read after every keystroke, so the usual case, a
 * caret, reads the marks at the caret and the blocks around it directly; it gives what TipTap's
 * isActive gives for a caret (the marks to be typed with, the caret's ancestors), without isActive's
 * walk of the document between the selection's ends and a dry run of undo and redo per key.
 * A selection over text takes isActive's own rules (a mark counts only where it covers all of it).
 */
export function toolbarState(e: Editor): ToolbarState {
  const { state } = e
  const history = { canUndo: undoDepth(state) > 0, canRedo: redoDepth(state) > 0 }
  if (!state.selection.empty) {
    return {
      active: Object.fromEntries(toggles.map((a) => [a.id, a.isActive!(e)])),
      ...history,
      inTable: e.isActive('table'),
      link: e.isActive('link'),
      block: currentBlockStyle(e),
    }
  }
  const { $from } = state.selection
  const marks = new Set((state.storedMarks ?? $from.marks()).map((m) => m.type.name))
  const around = new Set<string>()
  let level = 0
  for (let d = 1; d <= $from.depth; d++) {
    const node = $from.node(d)
    around.add(node.type.name)
    if (node.type.name === 'heading') level = Number(node.attrs.level)
  }
  return {
    active: Object.fromEntries(
      toggles.map((a) => [a.id, MARK_IDS.has(a.id) ? marks.has(a.id) : around.has(a.id)]),
    ),
    ...history,
    inTable: around.has('table'),
    link: marks.has('link'),
    block: level === 1 || level === 2 || level === 3 ? `h${level}` : 'paragraph',
  }
}
