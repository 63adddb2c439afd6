import type { Editor } from '@tiptap/core'
import type { TFunction } from 'i18next'
import { moveTarget } from '../../../../../shared/document/initiative/initiativeCommands'
import { announce } from '../../../components/announce'
import type { CardAction } from './CardMenu'

/** Gives focus to the handle of the card now at pos; a moved card may be drawn anew, so wait. */
function focusHandleAt(editor: Editor, pos: number, framesLeft = 10): void {
  requestAnimationFrame(() => {
    if (editor.isDestroyed) return
    const dom = editor.view.nodeDOM(pos)
    const handle = dom instanceof HTMLElement ? dom.querySelector<HTMLElement>('.card-handle') : null
    if (handle) handle.focus()
    else if (framesLeft > 0) focusHandleAt(editor, pos, framesLeft - 1)
  })
}

/** Whether the card at pos has a block above/below it to swap with. */
export function canMove(editor: Editor, pos: number | undefined) {
  if (typeof pos !== 'number') return { up: false, down: false }
  const doc = editor.state.doc
  return { up: moveTarget(doc, pos, 'up') !== null, down: moveTarget(doc, pos, 'down') !== null }
}

/**
 * Runs a handle-menu choice as one editor command (one undo step) and says what happened. After a
 * move the focus stays on the moved card's handle, so "Flyt op" can be chosen again at once; after
 * a delete it goes back to the text where the card was.
 */
export function runCardAction(
  editor: Editor,
  pos: number | undefined,
  action: CardAction,
  title: string,
  t: TFunction<'cards'>,
) {
  if (typeof pos !== 'number') return
  const name = title || t('untitled')
  if (action === 'delete') {
    if (!editor.commands.deleteInitiative(pos)) return
    editor.view.focus()
    announce(t('announce.deleted', { title: name }))
    return
  }
  const target = moveTarget(editor.state.doc, pos, action)
  if (target === null || !editor.commands.moveInitiative(pos, action)) return
  announce(t(action === 'up' ? 'announce.movedUp' : 'announce.movedDown', { title: name }))
  focusHandleAt(editor, target)
}
