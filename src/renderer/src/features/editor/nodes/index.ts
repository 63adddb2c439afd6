import { ReactNodeViewRenderer } from '@tiptap/react'
import type { NodeOverrides } from '../../../../../shared/document/extensions'
import { Initiative } from '../../../../../shared/document/initiative/initiative'
import { ActionPlan, FocusMatrix } from '../../../../../shared/document/derived/derivedBlocks'
import { InitiativeNodeView } from './InitiativeNodeView'
import { ActionPlanView } from './ActionPlanView'
import { FocusMatrixView } from './FocusMatrixView'
import { YearWheelBlock } from '../../../../../shared/document/yearWheelBlock/yearWheelBlock'
import { YearWheelBlockView } from '../../year/YearWheelBlockView'
import { KeyFigures } from '../../../../../shared/document/keyFigures/keyFiguresNode'
import { KeyFiguresView } from './keyFigures/KeyFiguresView'
import { focusStatePlugin } from './focusState'
import { collapsedCardsPlugin } from './cardViewState'
import type { Catalogue } from '../../../../../shared/model/catalogue'

/**
 * The React views of the focus-area nodes, for planExtensions(). The initiative also carries the
 * focus-state plugin (catalogue + highlight) and which cards are folded, so nothing else needs registering; the catalogue given
 * here is the plan's copy at the time the editor is built, the focus panel keeps it current.
 */
export function focusNodeOverrides(catalogue: Catalogue | null): NodeOverrides {
  return {
    initiative: Initiative.extend({
      addNodeView() {
        return (props) => new InitiativeNodeView(props)
      },
      addProseMirrorPlugins() {
        return [focusStatePlugin(catalogue), collapsedCardsPlugin()]
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
    yearWheel: YearWheelBlock.extend({
      addNodeView() {
        return ReactNodeViewRenderer(YearWheelBlockView)
      },
    }),
    keyFigures: KeyFigures.extend({
      addNodeView() {
        // The block's own fields and grid take their keys, pastes and clicks; the editor keeps
        // the rest (selecting and dragging the block as a whole).
        return ReactNodeViewRenderer(KeyFiguresView, {
          stopEvent: ({ event }) => {
            const el = event.target
            return el instanceof HTMLElement && el.closest('input, select, button, textarea') !== null
          },
        })
      },
    }),
  }
}

export { setFocusState, getFocusState, useFocusState } from './focusState'
export { insertInitiative, insertDerivedBlock, insertKeyFigures } from './insertBlocks'
export { jumpTo } from './planPositions'
