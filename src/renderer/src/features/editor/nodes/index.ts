import { ReactNodeViewRenderer } from '@tiptap/react'
import type { NodeOverrides } from '../../../../../shared/document/extensions'
import { Initiative } from '../../../../../shared/document/initiative/initiative'
import { ActionPlan, FocusMatrix } from '../../../../../shared/document/derived/derivedBlocks'
import { InitiativeView } from './InitiativeView'
import { ActionPlanView } from './ActionPlanView'
import { FocusMatrixView } from './FocusMatrixView'
import { focusStatePlugin } from './focusState'

/**
 * The React views of the focus-area nodes, for planExtensions(nodeOverrides). The initiative also
 * carries the focus-state plugin (catalogue + highlight), so nothing else needs registering.
 */
export const nodeOverrides: NodeOverrides = {
  initiative: Initiative.extend({
    addNodeView() {
      return ReactNodeViewRenderer(InitiativeView)
    },
    addProseMirrorPlugins() {
      return [focusStatePlugin()]
    },
  }),
  actionPlan: ActionPlan.extend({
    addNodeView() {
      return ReactNodeViewRenderer(ActionPlanView)
    },
  }),
  focusMatrix: FocusMatrix.extend({
    addNodeView() {
      return ReactNodeViewRenderer(FocusMatrixView)
    },
  }),
}

export { setFocusState, getFocusState, useFocusState } from './focusState'
export { insertInitiative, insertDerivedBlock } from './insertBlocks'
export { jumpTo } from './planPositions'
