import type { Host } from '../hostApi'
import type { HandlersFor } from './types'
import type { YearWheelStore } from '../backend/yearWheels/store'
import type { Settings } from '../../shared/model/settings'
import { t } from '../../shared/i18n/translate'
import { safeFileName } from '../../shared/format/safeFileName'
import { writeFileAtomic } from '../backend/store/atomicWrite'
import type { Fs } from '../backend/store/fsFacade'
import { yearCalendar } from '../backend/export/ics/yearCalendar'
import { uiLanguage } from './uiLanguage'

type Deps = { yearWheels: YearWheelStore; settings: { get(): Promise<Settings> }; fs: Fs }
type YearWheelCommand =
  | 'yearWheels.list'
  | 'yearWheels.all'
  | 'yearWheels.get'
  | 'yearWheels.save'
  | 'yearWheels.delete'
  | 'yearWheels.export'
  | 'yearWheels.import'
  | 'yearWheels.exportIcs'

/** The yearWheels.* commands; the file dialogs speak the UI's language. */
export function yearWheelHandlers(backend: Deps, host: Host): HandlersFor<YearWheelCommand> {
  const { yearWheels, settings, fs } = backend
  const wheelFilter = (lang: 'da' | 'en') => [
    { name: t(lang, 'dialogs:filters.yearWheel'), extensions: ['json'] },
  ]
  return {
    'yearWheels.list': () => yearWheels.list(),
    'yearWheels.all': () => yearWheels.all(),
    'yearWheels.get': ({ id }) => yearWheels.get(id),
    'yearWheels.save': ({ wheel }) => yearWheels.save(wheel),
    'yearWheels.delete': ({ id }) => yearWheels.delete(id),

    async 'yearWheels.export'({ id }) {
      const wheel = await yearWheels.get(id)
      const lang = await uiLanguage(settings)
      const name = `${wheel.municipality} - ${wheel.title} - v${wheel.version}`
      const path = await host.showSaveDialog({
        title: t(lang, 'dialogs:saveYearWheel'),
        defaultName: `${safeFileName(name, t(lang, 'dialogs:fileNames.yearWheel'))}.json`,
        filters: wheelFilter(lang),
      })
      if (!path) return { status: 'cancelled' }
      await yearWheels.exportTo(id, path)
      return { status: 'saved', path }
    },

    async 'yearWheels.import'() {
      const lang = await uiLanguage(settings)
      const path = await host.showOpenDialog({
        title: t(lang, 'dialogs:openYearWheel'),
        filters: wheelFilter(lang),
      })
      if (!path) return { status: 'cancelled' }
      return { status: 'imported', wheel: await yearWheels.importFrom(path) }
    },

    async 'yearWheels.exportIcs'({ id, year }) {
      const wheel = await yearWheels.get(id)
      const lang = await uiLanguage(settings)
      // Built before the dialog: a calendar that cannot be made is said before a file is chosen.
      const text = yearCalendar(wheel, year, lang)
      const path = await host.showSaveDialog({
        title: t(lang, 'dialogs:saveCalendar'),
        defaultName: `${safeFileName(t(lang, 'dialogs:fileNames.calendar', { municipality: wheel.municipality, year }), t(lang, 'dialogs:fileNames.yearWheel'))}.ics`,
        filters: [{ name: t(lang, 'dialogs:filters.calendar'), extensions: ['ics'] }],
      })
      if (!path) return { status: 'cancelled' }
      await writeFileAtomic(fs, path, text)
      return { status: 'saved', path }
    },
  }
}
