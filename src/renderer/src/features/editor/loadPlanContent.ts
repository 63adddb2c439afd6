import type { Editor, JSONContent } from '@tiptap/react'
import { Selection } from '@tiptap/pm/state'
import type { Transaction } from '@tiptap/pm/state'

/** Marks the transaction that puts the stored plan into the editor: not an edit, nothing to save. */
const LOAD_META = 'planvaerksted:load'

/** An editor built before its React surface exists starts from this, not from the plan. */
export const EMPTY_DOC: JSONContent = { type: 'doc', content: [{ type: 'paragraph' }] }

export const isPlanLoad = (tr: Transaction): boolean => tr.getMeta(LOAD_META) === true

/**
 * Puts the plan into an editor whose EditorContent has mounted. TipTap hands ProseMirror fresh node
 * views when EditorContent mounts, which redraws the whole document and mounts every React card a
 * second time; a document set before that is drawn twice (a third of the time it takes to open a
 * 100-page plan). So the editor is built empty and the plan arrives here, once.
 *
 * The load is kept out of undo (Ctrl+Z must not empty the plan) and its selection is the start of
 * the text, as an editor built with the content would have. It does emit `update`, so every view
 * that derives from the document (outline, word count, panels) sees the plan; the editor's own
 * onUpdate skips it by `isPlanLoad`, so opening a plan never saves it.
 */
export function loadPlanContent(editor: Editor, doc: JSONContent): void {
  const flags = editor as Editor & { isEditorContentInitialized?: boolean }
  // A React node view created while EditorContent counts as initialised renders itself with its own
  // flushSync (hundreds of separate React renders for a long plan); unset, each one queues and React
  // draws them together, as TipTap does for the views it creates when EditorContent mounts.
  const initialised = flags.isEditorContentInitialized
  flags.isEditorContentInitialized = false
  try {
    editor
      .chain()
      .setMeta('addToHistory', false)
      .setMeta(LOAD_META, true)
      // The stored links are links already; scanning a whole plan's text for new ones costs ~25 ms.
      .setMeta('preventAutolink', true)
      .setContent(doc)
      .command(({ tr }) => {
        tr.setSelection(Selection.atStart(tr.doc))
        return true
      })
      .run()
  } finally {
    flags.isEditorContentInitialized = initialised
  }
}
