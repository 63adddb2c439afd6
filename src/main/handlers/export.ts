import type { Backend } from '../backend'
import type { Host } from '../hostApi'
import type { HandlersFor } from './types'
import type { Fs } from '../backend/store/fsFacade'
import { exportPlanToFile } from '../backend/export/exportToFile'
import { defaultExportName, withDocxExtension } from '../backend/export/saveName'
import { LABELS } from '../backend/export/docx/labels'
import type { ExportedFiles } from './exportedFiles'

export type ExportDeps = { fs?: Fs; now?: () => Date; exported?: ExportedFiles }

/**
 * 'plans.exportDocx': ask where to save (a Windows-safe default name), build the Word file and
 * write it atomically. Cancelling the dialog is an answer, not an error.
 */
export function exportHandlers(
  backend: Backend,
  host: Host,
  deps: ExportDeps = {},
): HandlersFor<'plans.exportDocx'> {
  return {
    'plans.exportDocx': async ({ id, options }) => {
      const plan = await backend.plans.get(id)
      const settings = await backend.settings.get()
      const language = settings.language === 'en' ? 'en' : 'da'
      const date = deps.now?.() ?? new Date()
      const chosen = await host.showSaveDialog({
        title: LABELS[language].saveDialogTitle,
        defaultName: defaultExportName(plan.meta, date),
        filters: [{ name: 'Word', extensions: ['docx'] }],
      })
      if (chosen === null) return { status: 'cancelled' }
      const target = withDocxExtension(chosen)
      await exportPlanToFile({
        plan,
        readAsset: (name) => backend.readAsset(id, name),
        options: { reviewCopy: options.reviewCopy, language, date },
        target,
        fs: deps.fs,
      })
      deps.exported?.remember(target)
      return { status: 'saved', path: target }
    },
  }
}
