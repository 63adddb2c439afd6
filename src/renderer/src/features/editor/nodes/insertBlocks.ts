import type { Editor } from '@tiptap/core'
import { INITIATIVE_DEFAULTS } from '../../../../../shared/document/initiative/initiative'
import { KEY_FIGURES_DEFAULTS } from '../../../../../shared/document/keyFigures/keyFiguresNode'

/** After the top-level block holding the cursor: a card inside a card or a list would not fit. */
function afterCurrentBlock(editor: Editor): number {
  const { $from, to } = editor.state.selection
  return $from.depth >= 1 ? $from.after(1) : to
}

/** React node views mount a frame or two after the transaction; wait for the title field. */
function focusWhenRendered(editor: Editor, pos: number, selector: string, framesLeft = 20): void {
  requestAnimationFrame(() => {
    if (editor.isDestroyed) return
    const dom = editor.view.nodeDOM(pos)
    const title = dom instanceof HTMLElement ? dom.querySelector<HTMLInputElement>(selector) : null
    if (title) {
      title.focus()
      title.scrollIntoView({ block: 'center' })
    } else if (framesLeft > 0) focusWhenRendered(editor, pos, selector, framesLeft - 1)
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
  if (ok) focusWhenRendered(editor, at, '.initiative-title')
  return ok
}

export function insertDerivedBlock(
  editor: Editor,
  type: 'actionPlan' | 'focusMatrix' | 'yearWheel',
  attrs?: Record<string, unknown>,
): boolean {
  return editor.chain().focus().insertContentAt(afterCurrentBlock(editor), { type, attrs }).run()
}

/** A new, empty Nøgletal block after the current block; focus lands in its title field. */
export function insertKeyFigures(editor: Editor): boolean {
  const at = afterCurrentBlock(editor)
  const ok = editor.chain().insertContentAt(at, { type: 'keyFigures', attrs: KEY_FIGURES_DEFAULTS }).run()
  if (ok) focusWhenRendered(editor, at, '.key-figures-title input')
  return ok
}
