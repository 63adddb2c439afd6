import { basename } from 'node:path'
import type { Services } from '../backend'
import type { Host } from '../hostApi'
import type { HandlersFor } from './types'
import { readUserFile } from '../backend/import/importPlan'
import { runDocxTask } from '../backend/import/worker/runDocxTask'
import { t } from '../../shared/i18n/translate'
import { uiLanguage } from './uiLanguage'
import { wordFilter } from './wordFilter'

/** The consultant's comments: read from a returned .docx, listed beside the plan, marked as handled. */
export function reviewHandlers(
  backend: Pick<Services, 'reviews' | 'settings'>,
  host: Host,
): HandlersFor<'reviews.import' | 'reviews.list' | 'reviews.setHandled'> {
  const { reviews } = backend
  return {
    async 'reviews.import'({ planId }) {
      const lang = await uiLanguage(backend.settings)
      const path = await host.showOpenDialog({ title: t(lang, 'review:import'), filters: wordFilter(lang) })
      if (!path) return { status: 'cancelled' }
      const bytes = await readUserFile(path)
      // Read once in the worker with its deadline first: a huge or hostile file is refused there,
      // typed, without stalling the main process; only a file that read cleanly is read again here.
      await runDocxTask('readWordComments', bytes)
      const source = `${basename(path)} · ${new Date().toISOString()}`
      return { status: 'imported', ...(await reviews.importFrom(planId, bytes, source)) }
    },
    'reviews.list': ({ planId }) => reviews.list(planId),
    'reviews.setHandled': ({ planId, commentId, handled }) => reviews.setHandled(planId, commentId, handled),
  }
}
