import type { Services } from '../backend'
import type { Host } from '../hostApi'
import type { HandlersFor } from './types'
import { t } from '../../shared/i18n/translate'
import { cleanFileName } from '../../shared/format/cleanFileName'
import { AppError } from '../../shared/model/errors'
import { writeFileAtomic } from '../backend/store/atomicWrite'
import { withDocxExtension } from '../backend/export/saveName'
import { applicationToDocx } from '../backend/export/application/applicationDocx'
import { findInitiative } from '../backend/fundProfiles/applications'
import { initiativeName } from '../../shared/derive/initiatives'
import { uiLanguage } from './uiLanguage'
import { wordFilter } from './wordFilter'

type FundingCommand =
  | 'fundProfiles.list'
  | 'fundProfiles.get'
  | 'fundProfiles.export'
  | 'fundProfiles.import'
  | 'funding.exportDocx'
  | 'funding.deadlines'

/** Fund profiles as shared files, an application as a Word draft, and the drafts' deadlines. */
export function fundingHandlers(
  backend: Pick<Services, 'fundProfiles' | 'settings' | 'fs' | 'plans'>,
  host: Host,
): HandlersFor<FundingCommand> {
  const { fundProfiles, settings, fs } = backend
  const profileFilter = (lang: 'da' | 'en') => [
    { name: t(lang, 'dialogs:filters.fundProfile'), extensions: ['json'] },
  ]
  return {
    'fundProfiles.list': () => fundProfiles.list(),
    'fundProfiles.get': ({ id }) => fundProfiles.get(id),

    async 'fundProfiles.export'({ id }) {
      const profile = await fundProfiles.get(id)
      const lang = await uiLanguage(settings)
      const path = await host.showSaveDialog({
        title: t(lang, 'dialogs:saveFundProfile'),
        defaultName: `${cleanFileName(`${profile.name} - v${profile.version}`, t(lang, 'dialogs:fileNames.fundProfile'))}.json`,
        filters: profileFilter(lang),
      })
      if (!path) return { status: 'cancelled' }
      await fundProfiles.exportTo(id, path)
      return { status: 'saved', path }
    },

    async 'fundProfiles.import'() {
      const lang = await uiLanguage(settings)
      const path = await host.showOpenDialog({
        title: t(lang, 'dialogs:openFundProfile'),
        filters: profileFilter(lang),
      })
      if (!path) return { status: 'cancelled' }
      return { status: 'imported', profile: await fundProfiles.importFrom(path) }
    },

    async 'funding.exportDocx'({ planId, initiativeId, application, today }) {
      const plan = await backend.plans.get(planId)
      const entry = findInitiative(plan, initiativeId)
      // A profile deleted since the draft was written leaves a draft without the check, not no draft.
      const profile = await fundProfiles.get(application.fundId).catch((err: unknown) => {
        if (err instanceof AppError && err.code === 'not-found') return null
        throw err
      })
      const lang = await uiLanguage(settings)
      // Built before the dialog: a draft that cannot be made is said before a file is chosen.
      const bytes = await applicationToDocx({
        planTitle: plan.meta.title,
        council: plan.meta.council,
        entry,
        application,
        profile,
        catalogue: plan.meta.catalogue,
        lang,
        today,
      })
      const chosen = await host.showSaveDialog({
        title: t(lang, 'dialogs:saveApplication'),
        defaultName: `${cleanFileName(t(lang, 'dialogs:fileNames.application', { fund: application.fundName, initiative: initiativeName(entry) }), t(lang, 'dialogs:fileNames.fundProfile'))}.docx`,
        filters: wordFilter(lang),
      })
      if (!chosen) return { status: 'cancelled' }
      const target = withDocxExtension(chosen)
      await writeFileAtomic(fs, target, bytes)
      return { status: 'saved', path: target }
    },

    // From the plans' summaries (kept with each save): the home screen opens no plan for them.
    async 'funding.deadlines'({ today }) {
      const { plans } = await backend.plans.list()
      return plans
        .flatMap((p) => p.deadlines.filter((d) => d.date >= today))
        .sort((a, b) => a.date.localeCompare(b.date))
    },
  }
}
