import type { Editor } from '@tiptap/core'
import { afterCurrentBlock } from '../../../../../shared/document/afterCurrentBlock'
import type { InitiativeFields } from '../../../../../shared/document/initiative/initiativeNode'
import type { DerivedBlockType } from '../../../../../shared/document/derived/derivedNode'

/** React node views mount a frame or two after the transaction; wait for the title field. */
function focusTitleWhenRendered(editor: Editor, pos: number, framesLeft = 20): void {
  requestAnimationFrame(() => {
    if (editor.isDestroyed) return
    const dom = editor.view.nodeDOM(pos)
    const title = dom instanceof HTMLElement ? dom.querySelector<HTMLInputElement>('.initiative-title') : null
    if (title) {
      title.focus()
      title.scrollIntoView({ block: 'center' })
    } else if (framesLeft > 0) focusTitleWhenRendered(editor, pos, framesLeft - 1)
  })
}

/** A new initiative card after the current block (the node's insertInitiative command); the cursor
 * lands in its title field, which only the renderer has. */
export function insertInitiative(editor: Editor, fields: InitiativeFields = {}): boolean {
  const at = afterCurrentBlock(editor.state.selection)
  const ok = editor.chain().insertInitiative(fields, { at }).run()
  if (ok) focusTitleWhenRendered(editor, at)
  return ok
}

/** The action plan or the focus matrix after the current block (the node's own command). */
export function insertDerivedBlock(editor: Editor, type: DerivedBlockType): boolean {
  const chain = editor.chain().focus()
  return (type === 'actionPlan' ? chain.insertActionPlan() : chain.insertFocusMatrix()).run()
}
