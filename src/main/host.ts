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
    async showOpenDialog({ title, filters, folder }) {
      const options = folder
        ? { title, properties: ['openDirectory' as const] }
        : { title, filters, properties: ['openFile' as const] }
      const win = deps.window()
      const result = win
        ? await deps.dialog.showOpenDialog(win, options)
        : await deps.dialog.showOpenDialog(options)
      return result.canceled ? null : (result.filePaths[0] ?? null)
    },
    async showOpenFilesDialog({ title, filters }) {
      const options = { title, filters, properties: ['openFile' as const, 'multiSelections' as const] }
      const win = deps.window()
      const result = win
        ? await deps.dialog.showOpenDialog(win, options)
        : await deps.dialog.showOpenDialog(options)
      return result.canceled ? [] : result.filePaths
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
    async printToPdf({ headerTemplate, footerTemplate }) {
      const win = deps.window()
      if (!win || win.isDestroyed())
        throw new AppError('io', 'no window to print as PDF', { reason: 'pdf-failed' })
      try {
        return await win.webContents.printToPDF({
          pageSize: 'A4',
          // The margins and page breaks are print.css's, as for Udskriv.
          preferCSSPageSize: true,
          printBackground: true,
          // Tags (headings, lists, tables, figures with their alt text, the language) for screen
          // readers, and the headings as the PDF's bookmarks.
          generateTaggedPDF: true,
          generateDocumentOutline: true,
          displayHeaderFooter: true,
          headerTemplate,
          footerTemplate,
        })
      } catch (err) {
        const detail = err instanceof Error ? err.message : String(err)
        throw new AppError('io', `printToPDF failed: ${detail}`, { reason: 'pdf-failed' })
      }
    },
    appVersion: () => deps.app.getVersion(),
    assetBase: () => ASSET_BASE,
  }
}
