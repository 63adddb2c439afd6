import type { Editor } from '@tiptap/core'
import { TextSelection, type Transaction } from '@tiptap/pm/state'
import { findKey } from './findInPlan'
import type { Match } from './findMatches'

/** Replaces one match, keeping the formatting the match starts with (as Word does). */
function replaceRange(tr: Transaction, m: Match, replacement: string): void {
  const from = tr.mapping.map(m.from)
  const to = tr.mapping.map(m.to)
  if (replacement) tr.insertText(replacement, from, to)
  else tr.delete(from, to)
}

/**
 * "Erstat": the first press only shows the first match (nothing is replaced unseen); after that it
 * replaces the shown match and moves on to the next one after it. The matches are the find
 * plugin's, i.e. text in the plan and in initiative descriptions; a derived table or a section
 * prompt has no text of its own to match, so it is never changed.
 */
export function replaceCurrent(editor: Editor, replacement: string): boolean {
  const f = findKey.getState(editor.state)
  if (!editor.isEditable || !f?.matches.length) return false
  if (f.current < 0) return editor.commands.findStep(1)
  const tr = editor.state.tr
  replaceRange(tr, f.matches[f.current], replacement)
  // Measured after the replacement, so a replacement that contains the query is not found again.
  const end = tr.mapping.map(f.matches[f.current].to)
  editor.view.dispatch(tr)
  const after = findKey.getState(editor.state)
  if (!after?.matches.length) return true
  const found = after.matches.findIndex((m) => m.from >= end)
  const next = found < 0 ? 0 : found
  const m = after.matches[next]
  editor.view.dispatch(
    editor.state.tr
      .setMeta(findKey, { current: next })
      .setSelection(TextSelection.create(editor.state.doc, m.from, m.to))
      .scrollIntoView(),
  )
  return true
}

/** "Erstat alle": every match in one transaction, so one Ctrl+Z takes it all back. Returns how many. */
export function replaceAll(editor: Editor, replacement: string): number {
  const f = findKey.getState(editor.state)
  if (!editor.isEditable || !f?.matches.length) return 0
  const tr = editor.state.tr
  for (const m of f.matches) replaceRange(tr, m, replacement)
  editor.view.dispatch(tr)
  return f.matches.length
}
