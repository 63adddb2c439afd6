import type { Services } from '../backend'
import type { Host } from '../hostApi'
import type { HandlersFor } from './types'
import { t } from '../../shared/i18n/translate'
import { cleanFileName } from '../../shared/format/cleanFileName'
import { yearlyStatus } from '../../shared/derive/yearlyStatus'
import { writeFileAtomic } from '../backend/store/atomicWrite'
import { statusReportDocx, statusReportTitle } from '../backend/export/status/statusReport'
import { explainLockedTarget } from '../backend/export/exportToFile'
import { withDocxExtension } from '../backend/export/saveName'
import type { ExportedFiles } from './exportedFiles'
import { uiLanguage } from './uiLanguage'
import { wordFilter } from './wordFilter'

type Deps = { now?: () => Date; exported?: ExportedFiles }

/** Årlig status: its comments beside the plan, and the report for the dialogue meeting in Word. */
export function yearlyStatusHandlers(
  backend: Pick<Services, 'plans' | 'versions' | 'yearlyStatus' | 'settings' | 'fs'>,
  host: Host,
  deps: Deps = {},
): HandlersFor<'yearlyStatus.get' | 'yearlyStatus.save' | 'yearlyStatus.exportDocx'> {
  return {
    'yearlyStatus.get': async ({ id }) => {
      await backend.plans.get(id) // an unknown plan is not-found, never an empty folder
      return backend.yearlyStatus.get(id)
    },
    'yearlyStatus.save': async ({ id, notes }) => {
      await backend.plans.get(id)
      return backend.yearlyStatus.save(id, notes)
    },
    'yearlyStatus.exportDocx': async ({ id, versionId }) => {
      const plan = await backend.plans.get(id)
      const { summary, plan: sent } = await backend.versions.get(id, versionId)
      const { comments } = await backend.yearlyStatus.get(id)
      const lang = await uiLanguage(backend.settings)
      const date = deps.now?.() ?? new Date()
      const title = statusReportTitle(date, lang)
      const chosen = await host.showSaveDialog({
        title: t(lang, 'dialogs:saveYearlyStatus'),
        defaultName: `${cleanFileName(`${plan.meta.title} - ${title}`, title)}.docx`,
        filters: wordFilter(lang),
      })
      if (chosen === null) return { status: 'cancelled' }
      const target = withDocxExtension(chosen)
      const bytes = await statusReportDocx({
        planTitle: plan.meta.title,
        version: summary,
        rows: yearlyStatus(sent.doc, plan.doc),
        comments,
        lang,
        date,
      })
      try {
        await writeFileAtomic(backend.fs, target, bytes)
      } catch (err) {
        throw await explainLockedTarget(backend.fs, target, err)
      }
      deps.exported?.remember(target)
      return { status: 'saved', path: target }
    },
  }
}
