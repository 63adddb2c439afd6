import type { MenuItemConstructorOptions } from 'electron'
import type { Labels } from './labels'

/** A small application menu in the user's language, built from roles so Electron does the work and
 * the shortcuts are the ones Word users know. Developer tools only in development. */
export function buildAppMenuTemplate(
  labels: Labels,
  opts: { isPackaged: boolean; isMac: boolean },
): MenuItemConstructorOptions[] {
  // Ctrl+plus / minus / 0 belong to the plan's text size (in the renderer, remembered); a menu
  // accelerator would take the keys before the page sees them. The whole window zooms with Shift.
  const view: MenuItemConstructorOptions[] = [
    { role: 'zoomIn', label: labels.zoomIn, accelerator: 'CommandOrControl+Shift+Plus' },
    { role: 'zoomOut', label: labels.zoomOut, accelerator: 'CommandOrControl+Shift+-' },
    { role: 'resetZoom', label: labels.resetZoom, accelerator: 'CommandOrControl+Shift+0' },
    { type: 'separator' },
    { role: 'togglefullscreen', label: labels.fullScreen },
  ]
  if (!opts.isPackaged) {
    view.push(
      { type: 'separator' },
      { role: 'reload', label: labels.reload },
      { role: 'toggleDevTools', label: labels.devTools },
    )
  }
  const template: MenuItemConstructorOptions[] = [
    { label: labels.file, submenu: [{ role: 'quit', label: labels.quit }] },
    {
      label: labels.edit,
      submenu: [
        { role: 'undo', label: labels.undo },
        { role: 'redo', label: labels.redo },
        { type: 'separator' },
        { role: 'cut', label: labels.cut },
        { role: 'copy', label: labels.copy },
        { role: 'paste', label: labels.paste },
        { role: 'selectAll', label: labels.selectAll },
      ],
    },
    { label: labels.view, submenu: view },
  ]
  return opts.isMac ? [{ role: 'appMenu' }, ...template] : template
}
