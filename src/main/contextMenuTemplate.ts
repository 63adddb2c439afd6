import type { ContextMenuParams, MenuItemConstructorOptions } from 'electron'
import type { Labels } from './labels'

type MenuParams = Pick<ContextMenuParams, 'isEditable' | 'selectionText' | 'editFlags'>

/** The right-click menu: cut/copy/paste where text can be edited, copy over selected text, else
 * nothing. Spelling is not here: a misspelt word's right-click is the renderer's own menu
 * (features/spelling), which keeps the event from reaching this one. */
export function buildContextMenuTemplate(params: MenuParams, labels: Labels): MenuItemConstructorOptions[] {
  const flags = params.editFlags
  if (params.isEditable) {
    return [
      { role: 'cut', label: labels.cut, enabled: flags.canCut },
      { role: 'copy', label: labels.copy, enabled: flags.canCopy },
      { role: 'paste', label: labels.paste, enabled: flags.canPaste },
      { role: 'selectAll', label: labels.selectAll, enabled: flags.canSelectAll },
    ]
  }
  if (params.selectionText.trim() !== '')
    return [{ role: 'copy', label: labels.copy, enabled: flags.canCopy }]
  return []
}
