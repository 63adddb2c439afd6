import { Node, mergeAttributes } from '@tiptap/core'

/**
 * Blocks whose content is computed from the rest of the document (never stored): the action plan
 * table and the focus-area matrix. The node only marks where the user wants it; the editor view
 * and the Word export both fill it in with the same shared derivation.
 */
function derivedBlock(name: string) {
  return Node.create({
    name,
    group: 'block',
    atom: true,
    selectable: true,
    draggable: true,
    parseHTML() {
      return [{ tag: `div[data-type="${name}"]` }]
    },
    renderHTML({ HTMLAttributes }) {
      return ['div', mergeAttributes(HTMLAttributes, { 'data-type': name })]
    },
  })
}

export const ActionPlan = derivedBlock('actionPlan')
export const FocusMatrix = derivedBlock('focusMatrix')
