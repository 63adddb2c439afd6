import type { Editor } from '@tiptap/core'
import { INITIATIVE_DEFAULTS } from '../../../../../shared/document/initiative/initiative'

/** A new initiative card after the current block, with the cursor in its title field's stead:
 * its description, since the title is a field of the card. */
export function insertInitiative(
  editor: Editor,
  init: { title?: string; focusAreas?: string[] } = {},
): boolean {
  return editor
    .chain()
    .focus()
    .insertContent({
      type: 'initiative',
      attrs: { ...INITIATIVE_DEFAULTS, id: crypto.randomUUID(), ...init },
      content: [{ type: 'paragraph' }],
    })
    .run()
}

export function insertDerivedBlock(editor: Editor, type: 'actionPlan' | 'focusMatrix'): boolean {
  return editor.chain().focus().insertContent({ type }).run()
}
