import { basename } from 'node:path'
import type { Services } from '../backend'
import type { Host } from '../hostApi'
import type { HandlersFor } from './types'
import { importDocxAsPlan, readUserFile } from '../backend/import/importPlan'
import { t } from '../../shared/i18n/translate'
import { uiLanguage } from './uiLanguage'
import { wordFilter } from './wordFilter'

/** plans.importDocx: a Word file chosen by the user becomes a new plan, with a report of what did not come across. */
export function importHandlers(
  backend: Pick<Services, 'plans' | 'assets' | 'settings' | 'fs' | 'dataFolder'>,
  host: Host,
): HandlersFor<'plans.importDocx'> {
  return {
    async 'plans.importDocx'() {
      const lang = await uiLanguage(backend.settings)
      const path = await host.showOpenDialog({
        title: t(lang, 'import:button.label'),
        filters: wordFilter(lang),
      })
      if (!path) return { status: 'cancelled' }
      const bytes = await readUserFile(path)
      const { plan, report } = await importDocxAsPlan(backend, bytes, basename(path))
      return { status: 'imported', plan, report }
    },
  }
}
