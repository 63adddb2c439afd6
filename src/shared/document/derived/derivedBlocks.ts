import { Node, mergeAttributes, type CommandProps } from '@tiptap/core'
import { afterCurrentBlock } from '../afterCurrentBlock'
import { derivedBlockNode, type DerivedBlockType } from './derivedNode'

declare module '@tiptap/core' {
  interface Commands<ReturnType> {
    actionPlan: {
      /** The action plan (handlingsplan), after the block holding the cursor. */
      insertActionPlan: () => ReturnType
    }
    focusMatrix: {
      /** The focus-area matrix, after the block holding the cursor. */
      insertFocusMatrix: () => ReturnType
    }
  }
}

const insertAfterCurrentBlock =
  (type: DerivedBlockType) =>
  () =>
  ({ tr, commands }: CommandProps) =>
    commands.insertContentAt(afterCurrentBlock(tr.selection), derivedBlockNode(type))

/**
 * Blocks whose content is computed from the rest of the document (never stored): the action plan
 * table and the focus-area matrix. The node only marks where the user wants it; the editor view
 * and the Word export both fill it in with the same shared derivation.
 */
function derivedBlock(name: DerivedBlockType, command: 'insertActionPlan' | 'insertFocusMatrix') {
  return Node.create({
    name,
    group: 'block',
    atom: true,
    selectable: true,
    draggable: true,
    // Declared on the node, so the editor and the tests insert it the same way.
    addCommands() {
      return { [command]: insertAfterCurrentBlock(name) }
    },
    parseHTML() {
      return [{ tag: `div[data-type="${name}"]` }]
    },
    renderHTML({ HTMLAttributes }) {
      return ['div', mergeAttributes(HTMLAttributes, { 'data-type': name })]
    },
  })
}

export const ActionPlan = derivedBlock('actionPlan', 'insertActionPlan')
export const FocusMatrix = derivedBlock('focusMatrix', 'insertFocusMatrix')
