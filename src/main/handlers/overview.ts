import type { Services } from '../backend'
import type { Host } from '../hostApi'
import type { HandlersFor } from './types'
import { t } from '../../shared/i18n/translate'
import { formatDay } from '../../shared/format/dates'
import { cleanFileName } from '../../shared/format/cleanFileName'
import { PACKAGE_EXTENSION } from '../backend/packages/packageFormat'
import { writeFileAtomic } from '../backend/store/atomicWrite'
import { reportData } from '../backend/overview/report/reportData'
import { overviewDocx } from '../backend/overview/report/overviewDocx'
import { overviewXlsx } from '../backend/overview/report/overviewXlsx'
import { uiLanguage } from './uiLanguage'

const withExtension = (path: string, ext: string) =>
  path.toLowerCase().endsWith(`.${ext}`) ? path : `${path}.${ext}`

/** The consultant's overview: add plans from files (many at once), remove one, and the two reports. */
export function overviewHandlers(
  backend: Pick<Services, 'settings' | 'catalogues' | 'overview' | 'fs'>,
  host: Host,
): HandlersFor<
  'overview.list' | 'overview.add' | 'overview.remove' | 'overview.exportDocx' | 'overview.exportXlsx'
> {
  async function save(catalogueId: string, ext: 'docx' | 'xlsx') {
    const lang = await uiLanguage(backend.settings)
    const catalogue = await backend.catalogues.get(catalogueId)
    const { entries } = await backend.overview.list()
    const date = new Date()
    const data = reportData(entries, catalogue, lang, date)
    const bytes = ext === 'docx' ? await overviewDocx(data) : await overviewXlsx(data)
    const name = cleanFileName(
      t(lang, 'overview:export.fileName', { day: formatDay(date, lang) }),
      t(lang, 'overview:title'),
    )
    const chosen = await host.showSaveDialog({
      title: t(lang, ext === 'docx' ? 'overview:export.word' : 'overview:export.xlsx'),
      defaultName: `${name}.${ext}`,
      filters: [
        ext === 'docx'
          ? { name: t(lang, 'dialogs:filters.word'), extensions: ['docx'] }
          : { name: t(lang, 'overview:filter.excel'), extensions: ['xlsx'] },
      ],
    })
    if (chosen === null) return { status: 'cancelled' as const }
    const path = withExtension(chosen, ext)
    await writeFileAtomic(backend.fs, path, bytes)
    return { status: 'saved' as const, path }
  }

  return {
    'overview.list': () => backend.overview.list(),
    async 'overview.add'() {
      const lang = await uiLanguage(backend.settings)
      const paths = await host.showOpenFilesDialog({
        title: t(lang, 'overview:dialogTitle'),
        filters: [{ name: t(lang, 'overview:filterName'), extensions: [PACKAGE_EXTENSION, 'docx'] }],
      })
      if (paths.length === 0) return { status: 'cancelled' }
      return { status: 'added', ...(await backend.overview.addFiles(paths)) }
    },
    'overview.remove': ({ entryId }) => backend.overview.remove(entryId),
    'overview.exportDocx': ({ catalogueId }) => save(catalogueId, 'docx'),
    'overview.exportXlsx': ({ catalogueId }) => save(catalogueId, 'xlsx'),
  }
}
