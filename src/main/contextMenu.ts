import { Menu, type ContextMenuParams, type WebContents } from 'electron'
import type { Labels } from './labels'
import { buildContextMenuTemplate } from './contextMenuTemplate'

/** Shows the clipboard menu on right-click in the window. */
export function attachContextMenu(contents: WebContents, labels: () => Labels): void {
  contents.on('context-menu', (_event, params: ContextMenuParams) => {
    const template = buildContextMenuTemplate(params, labels())
    if (template.length > 0) Menu.buildFromTemplate(template).popup()
  })
}
