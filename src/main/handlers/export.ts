import type { Services } from '../backend'
import type { Host } from '../hostApi'
import type { HandlersFor } from './types'
import type { Fs } from '../backend/store/fsFacade'
import { exportPlanToFile } from '../backend/export/exportToFile'
import { defaultExportName, withDocxExtension } from '../backend/export/saveName'
import { t } from '../../shared/i18n/translate'
import type { ExportedFiles } from './exportedFiles'
import { uiLanguage } from './uiLanguage'
import { wordFilter } from './wordFilter'

export type ExportDeps = { fs?: Fs; now?: () => Date; exported?: ExportedFiles }

/**
 * 'plans.exportDocx': ask where to save (a Windows-safe default name), build the Word file and
 * write it atomically. Cancelling the dialog is an answer, not an error.
 */
export function exportHandlers(
  backend: Pick<Services, 'plans' | 'assets' | 'settings' | 'meetings' | 'yearWheels'>,
  host: Host,
  deps: ExportDeps = {},
): HandlersFor<'plans.exportDocx'> {
  return {
    'plans.exportDocx': async ({ id, options }) => {
      const plan = await backend.plans.get(id)
      const language = await uiLanguage(backend.settings)
      const date = deps.now?.() ?? new Date()
      const chosen = await host.showSaveDialog({
        title: t(language, 'export:title'),
        defaultName: defaultExportName(plan.meta, date, language),
        filters: wordFilter(language),
      })
      if (chosen === null) return { status: 'cancelled' }
      const target = withDocxExtension(chosen)
      const meeting = options.meetingRecord === true ? (await backend.meetings.get(id)).record : null
      const { notices } = await exportPlanToFile({
        plan,
        readAsset: (name) => backend.assets.readAsset(id, name),
        options: { reviewCopy: options.reviewCopy, language, date, meeting },
        // Only when the plan has an årshjul block: the library is read for nothing otherwise.
        yearWheels: JSON.stringify(plan.doc).includes('"yearWheel"') ? await backend.yearWheels.all() : [],
        target,
        fs: deps.fs,
      })
      deps.exported?.remember(target)
      return { status: 'saved', path: target, notices }
    },
  }
}
