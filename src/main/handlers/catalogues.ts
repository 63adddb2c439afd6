import type { Host } from '../hostApi'
import type { Output, ParsedInput } from '../../shared/api'
import type { CatalogueStore } from '../backend/catalogues/store'
import type { PlanStore } from '../backend/plans/planStore'
import { catalogueFileName } from '../../shared/model/catalogueVersion'
import type { Settings } from '../../shared/model/settings'
import { t } from '../../shared/i18n/translate'
import { uiLanguage } from './uiLanguage'

type CatalogueCommand =
  | 'catalogues.list'
  | 'catalogues.get'
  | 'catalogues.save'
  | 'catalogues.delete'
  | 'catalogues.export'
  | 'catalogues.import'
  | 'plans.setCatalogue'
export type CatalogueHandlers = { [K in CatalogueCommand]: (input: ParsedInput<K>) => Promise<Output<K>> }

type Deps = {
  catalogues: CatalogueStore
  plans: Pick<PlanStore, 'updateMeta'>
  settings: { get(): Promise<Settings> }
}

/** The catalogues.* commands and plans.setCatalogue; the file dialogs speak the UI's language. */
export function catalogueHandlers(backend: Deps, host: Host): CatalogueHandlers {
  const { catalogues, plans, settings } = backend
  const jsonFilter = (lang: Awaited<ReturnType<typeof uiLanguage>>) => [
    { name: t(lang, 'dialogs:filters.catalogue'), extensions: ['json'] },
  ]
  return {
    'catalogues.list': () => catalogues.list(),
    'catalogues.get': ({ id }) => catalogues.get(id),
    'catalogues.save': ({ catalogue }) => catalogues.save(catalogue),
    'catalogues.delete': ({ id }) => catalogues.delete(id),

    async 'catalogues.export'({ id }) {
      const catalogue = await catalogues.get(id)
      const lang = await uiLanguage(settings)
      const path = await host.showSaveDialog({
        title: t(lang, 'dialogs:saveCatalogue'),
        defaultName: catalogueFileName(catalogue, lang),
        filters: jsonFilter(lang),
      })
      if (!path) return { status: 'cancelled' }
      await catalogues.exportTo(id, path)
      return { status: 'saved', path }
    },

    async 'catalogues.import'() {
      const lang = await uiLanguage(settings)
      const path = await host.showOpenDialog({
        title: t(lang, 'dialogs:openCatalogue'),
        filters: jsonFilter(lang),
      })
      if (!path) return { status: 'cancelled' }
      const { catalogue } = await catalogues.importFrom(path)
      return { status: 'imported', catalogue }
    },

    /** Copies the catalogue into the plan, so the plan keeps it when the catalogue changes or goes.
     * Calling it again with the same id moves the plan to the library's current version. */
    async 'plans.setCatalogue'({ id, catalogueId }) {
      const catalogue = catalogueId === null ? null : await catalogues.get(catalogueId)
      return plans.updateMeta(id, { catalogue })
    },
  }
}
