import type { Editor } from '@tiptap/core'
import { afterCurrentBlock } from '../../../../../shared/document/afterCurrentBlock'
import type { InitiativeFields } from '../../../../../shared/document/initiative/initiativeNode'
import type { DerivedBlockType } from '../../../../../shared/document/derived/derivedNode'
import { KEY_FIGURES_DEFAULTS } from '../../../../../shared/document/keyFigures/keyFiguresNode'

/** React node views mount a frame or two after the transaction; wait for the field to focus. */
function focusWhenRendered(editor: Editor, pos: number, selector: string, framesLeft = 20): void {
  requestAnimationFrame(() => {
    if (editor.isDestroyed) return
    const dom = editor.view.nodeDOM(pos)
    const field = dom instanceof HTMLElement ? dom.querySelector<HTMLInputElement>(selector) : null
    if (field) {
      field.focus()
      field.scrollIntoView({ block: 'center' })
    } else if (framesLeft > 0) focusWhenRendered(editor, pos, selector, framesLeft - 1)
  })
}

/** A new initiative card after the current block (the node's insertInitiative command); the cursor
 * lands in its title field, which only the renderer has. */
export function insertInitiative(editor: Editor, fields: InitiativeFields = {}): boolean {
  const at = afterCurrentBlock(editor.state.selection)
  const ok = editor.chain().insertInitiative(fields, { at }).run()
  if (ok) focusWhenRendered(editor, at, '.initiative-title')
  return ok
}

/** The action plan or the focus matrix (the node's own command), or the årshjul block, after the
 * current block. */
export function insertDerivedBlock(editor: Editor, type: DerivedBlockType | 'yearWheel'): boolean {
  const chain = editor.chain().focus()
  if (type === 'yearWheel')
    return chain.insertContentAt(afterCurrentBlock(editor.state.selection), { type }).run()
  return (type === 'actionPlan' ? chain.insertActionPlan() : chain.insertFocusMatrix()).run()
}

/** A new, empty Nøgletal block after the current block; focus lands in its title field. */
export function insertKeyFigures(editor: Editor): boolean {
  const at = afterCurrentBlock(editor.state.selection)
  const ok = editor.chain().insertContentAt(at, { type: 'keyFigures', attrs: KEY_FIGURES_DEFAULTS }).run()
  if (ok) focusWhenRendered(editor, at, '.key-figures-title input')
  return ok
}
