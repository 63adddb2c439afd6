import type { Editor } from '@tiptap/core'
import { INITIATIVE_DEFAULTS } from '../../../../../shared/document/initiative/initiative'

/** After the top-level block holding the cursor: a card inside a card or a list would not fit. */
function afterCurrentBlock(editor: Editor): number {
  const { $from, to } = editor.state.selection
  return $from.depth >= 1 ? $from.after(1) : to
}

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

/** A new initiative card after the current block; the cursor lands in its title field. */
export function insertInitiative(
  editor: Editor,
  init: { title?: string; focusAreas?: string[] } = {},
): boolean {
  const at = afterCurrentBlock(editor)
  const ok = editor
    .chain()
    .insertContentAt(at, {
      type: 'initiative',
      attrs: { ...INITIATIVE_DEFAULTS, id: crypto.randomUUID(), ...init },
      content: [{ type: 'paragraph' }],
    })
    .run()
  if (ok) focusTitleWhenRendered(editor, at)
  return ok
}

export function insertDerivedBlock(
  editor: Editor,
  type: 'actionPlan' | 'focusMatrix' | 'yearWheel',
  attrs?: Record<string, unknown>,
): boolean {
  return editor.chain().focus().insertContentAt(afterCurrentBlock(editor), { type, attrs }).run()
}
