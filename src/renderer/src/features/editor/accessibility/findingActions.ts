import type { Editor } from '@tiptap/react'
import { NodeSelection, Selection, TextSelection } from '@tiptap/pm/state'
import type { Finding } from '../../../../../shared/derive/accessibility/accessibilityFindings'
import { posAtPath } from '../../../../../shared/document/posAtPath'

/** What the editor opens for a fix that needs the user's words: the image and link dialogs. */
export type FindingDialogs = { describeImage: () => void; editLink: () => void }

/** Where a finding is in the editor now, or null when the document has moved past it (the list is
 * recomputed a moment after typing pauses, so it can be a keystroke behind). */
function located(editor: Editor, f: Finding): number | null {
  const pos = posAtPath(editor.state.doc, f.path)
  if (pos === null) return null
  return editor.state.doc.nodeAt(pos)?.type.name === f.nodeType ? pos : null
}

/** The selection that shows a finding: the picture selected, else the caret at its text's start
 * (collapsed, so the next key typed does not overwrite anything). Inside a link, one letter in, so
 * the link's own commands see the caret as in it. */
function selectionAt(editor: Editor, f: Finding, pos: number): Selection {
  const { doc } = editor.state
  if (f.nodeType === 'image') return NodeSelection.create(doc, pos)
  if (f.nodeType === 'text') return TextSelection.create(doc, pos + 1)
  return Selection.near(doc.resolve(pos + 1))
}

/** "Vis": the caret (or the picture) at the finding, in view, focus in the text. */
export function showFinding(editor: Editor, f: Finding): boolean {
  const pos = located(editor, f)
  if (pos === null) return false
  editor.view.dispatch(editor.state.tr.setSelection(selectionAt(editor, f, pos)).scrollIntoView())
  editor.view.focus()
  // ProseMirror's scroll measures blocks drawn lazily (content-visibility) and can stop short in a
  // long plan; the block's own element, once drawn, lands in the middle of the window.
  requestAnimationFrame(() => {
    const dom = f.nodeType === 'text' ? editor.view.domAtPos(pos + 1).node : editor.view.nodeDOM(pos)
    const el = dom instanceof HTMLElement ? dom : dom?.parentElement
    el?.scrollIntoView({ block: 'center' })
  })
  return true
}

/** "Ret": shows the finding, then puts it right (or opens the dialog that asks for the words). */
export function fixFinding(editor: Editor, f: Finding, dialogs: FindingDialogs): boolean {
  const fix = f.fix
  if (!fix || !showFinding(editor, f)) return false
  const pos = located(editor, f)!
  const node = editor.state.doc.nodeAt(pos)!
  const { schema } = editor.state
  switch (fix.kind) {
    case 'describe-image':
      dialogs.describeImage()
      return true
    case 'edit-link':
      dialogs.editLink()
      return true
    case 'set-heading-level':
      // setNodeMarkup keeps the heading's other attributes (its focus areas); setNode would not.
      editor.view.dispatch(editor.state.tr.setNodeMarkup(pos, undefined, { ...node.attrs, level: fix.level }))
      return true
    case 'heading-to-text':
      editor.view.dispatch(editor.state.tr.setNodeMarkup(pos, schema.nodes.paragraph))
      return true
    case 'add-header-row':
      return editor.commands.toggleHeaderRow()
  }
}
