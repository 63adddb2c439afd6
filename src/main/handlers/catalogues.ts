import type { Host } from '../hostApi'
import type { Output, ParsedInput } from '../../shared/api'
import type { CatalogueStore } from '../backend/catalogues/store'
import type { PlanStore } from '../backend/plans/planStore'
import { catalogueFileName } from '../../shared/model/catalogueVersion'

type CatalogueCommand =
  | 'catalogues.list'
  | 'catalogues.get'
  | 'catalogues.save'
  | 'catalogues.delete'
  | 'catalogues.export'
  | 'catalogues.import'
  | 'plans.setCatalogue'
export type CatalogueHandlers = { [K in CatalogueCommand]: (input: ParsedInput<K>) => Promise<Output<K>> }

type Deps = { catalogues: CatalogueStore; plans: Pick<PlanStore, 'updateMeta'> }

const JSON_FILTER = [{ name: 'Indsatsområder (JSON)', extensions: ['json'] }]

/**
 * The catalogues.* commands and plans.setCatalogue. Dialog titles are Danish because the host shows
 * them before the renderer can translate anything; the file filter name is the same for both.
 */
export function catalogueHandlers(backend: Deps, host: Host): CatalogueHandlers {
  const { catalogues, plans } = backend
  return {
    'catalogues.list': () => catalogues.list(),
    'catalogues.get': ({ id }) => catalogues.get(id),
    'catalogues.save': ({ catalogue }) => catalogues.save(catalogue),
    'catalogues.delete': ({ id }) => catalogues.delete(id),

    async 'catalogues.export'({ id }) {
      const catalogue = await catalogues.get(id)
      const path = await host.showSaveDialog({
        title: 'Gem indsatsområder',
        defaultName: catalogueFileName(catalogue),
        filters: JSON_FILTER,
      })
      if (!path) return { status: 'cancelled' }
      await catalogues.exportTo(id, path)
      return { status: 'saved', path }
    },

    async 'catalogues.import'() {
      const path = await host.showOpenDialog({ title: 'Hent indsatsområder', filters: JSON_FILTER })
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
