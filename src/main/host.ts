import { join } from 'node:path'
import type { App, BrowserWindow, Dialog, Shell } from 'electron'
import { isAllowedLink } from '../shared/document/linkPolicy'
import { AppError } from '../shared/model/errors'
import type { Host } from './hostApi'
import { ASSET_BASE } from './appUrl'

/** The Electron side of Host: native dialogs, the system browser, the version. */
export function createElectronHost(deps: {
  dialog: Pick<Dialog, 'showSaveDialog' | 'showOpenDialog'>
  shell: Pick<Shell, 'openExternal' | 'openPath' | 'showItemInFolder'>
  app: Pick<App, 'getVersion' | 'getPath'>
  window(): BrowserWindow | null
}): Host {
  const documentsPath = (name: string): string => {
    try {
      return join(deps.app.getPath('documents'), name)
    } catch {
      return name
    }
  }
  return {
    async showSaveDialog({ title, defaultName, filters }) {
      const options = { title, defaultPath: documentsPath(defaultName), filters }
      const win = deps.window()
      const result = win
        ? await deps.dialog.showSaveDialog(win, options)
        : await deps.dialog.showSaveDialog(options)
      return result.canceled || !result.filePath ? null : result.filePath
    },
    async showOpenDialog({ title, filters }) {
      const options = { title, filters, properties: ['openFile' as const] }
      const win = deps.window()
      const result = win
        ? await deps.dialog.showOpenDialog(win, options)
        : await deps.dialog.showOpenDialog(options)
      return result.canceled ? null : (result.filePaths[0] ?? null)
    },
    async openExternal(url) {
      // A second check here, in the main process: the renderer's check could be bypassed.
      if (!isAllowedLink(url)) throw new AppError('link-refused', 'Only https and mailto links are opened')
      await deps.shell.openExternal(url.trim())
    },
    async openPath(path) {
      // Electron answers with an error text instead of throwing ('' when it worked).
      const failure = await deps.shell.openPath(path)
      if (failure) throw new AppError('io', `could not open ${path}: ${failure}`, { reason: 'open-failed' })
    },
    async showItemInFolder(path) {
      deps.shell.showItemInFolder(path)
    },
    appVersion: () => deps.app.getVersion(),
    assetBase: () => ASSET_BASE,
  }
}
