import type { Editor, JSONContent } from '@tiptap/react'
import { createDocument } from '@tiptap/core'
import { EditorState, Selection, type Transaction } from '@tiptap/pm/state'

/** Marks the transaction that puts the stored plan into the editor: not an edit, nothing to save. */
const LOAD_META = 'planvaerksted:load'

export const isPlanLoad = (tr: Transaction): boolean => tr.getMeta(LOAD_META) === true

/**
 * Puts the plan into an editor whose EditorContent has mounted. TipTap hands ProseMirror fresh node
 * views when EditorContent mounts, which redraws the whole document and mounts every React card a
 * second time; a document set before that is drawn twice (a third of the time it takes to open a
 * 100-page plan). So the editor is built empty and the plan arrives here, once.
 *
 * It arrives as a fresh editor state, exactly as if the editor had been built with it: no undo step
 * (Ctrl+Z must not empty the plan), no trailing-node or autolink pass, cursor at the start of the first text block, and
 * every plugin's state built from the whole plan at once. (A transaction replacing the document
 * instead left typing in a long plan measurably slower afterwards.) The editor's `transaction` and
 * `update` events are then given the load, so every view that derives from the document (outline,
 * word count, panels) sees the plan; the editor's own onUpdate skips it by `isPlanLoad`, so opening
 * a plan never saves it.
 */
export function loadPlanContent(editor: Editor, content: JSONContent): void {
  const flags = editor as Editor & { isEditorContentInitialized?: boolean }
  const doc = createDocument(
    content,
    editor.schema,
    {},
    { errorOnInvalidContent: editor.options.enableContentCheck },
  )
  const state = EditorState.create({
    doc,
    plugins: editor.state.plugins,
    // The start of the first text block (not a card or derived table, which atStart would select).
    selection: Selection.findFrom(doc.resolve(0), 1, true) ?? Selection.atStart(doc),
  })
  // A React node view created while EditorContent counts as initialised renders itself with its own
  // flushSync (hundreds of separate React renders for a long plan); unset, each one queues and React
  // draws them together, as TipTap does for the views it creates when EditorContent mounts.
  const initialised = flags.isEditorContentInitialized
  flags.isEditorContentInitialized = false
  try {
    editor.view.updateState(state)
  } finally {
    flags.isEditorContentInitialized = initialised
  }
  const transaction = state.tr.setMeta(LOAD_META, true)
  editor.emit('transaction', { editor, transaction, appendedTransactions: [] })
  editor.emit('update', { editor, transaction, appendedTransactions: [] })
}
