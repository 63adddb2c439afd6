/**
 * NOT IMPLEMENTED YET: the commands other engineers are still writing. handlers.ts takes them from
 * here until src/main/handlers/catalogues.ts (catalogueHandlers) and src/main/handlers/export.ts
 * exist; then these stubs are deleted. Each refuses clearly instead of pretending to work.
 */
import { AppError } from '../../shared/model/errors'
import type { Catalogue } from '../../shared/model/catalogue'
import type { Backend } from '../backend'
import type { Host } from '../hostApi'
import type { HandlersFor } from './types'

const notYet = async (): Promise<never> => {
  throw new AppError('internal', 'not implemented yet')
}

export type CatalogueCommand =
  | 'catalogues.list'
  | 'catalogues.get'
  | 'catalogues.save'
  | 'catalogues.delete'
  | 'catalogues.export'
  | 'catalogues.import'
  | 'plans.setCatalogue'

export function pendingCatalogueHandlers(_backend: Backend, _host: Host): HandlersFor<CatalogueCommand> {
  return {
    'catalogues.list': notYet,
    'catalogues.get': notYet,
    'catalogues.save': notYet,
    'catalogues.delete': notYet,
    'catalogues.export': notYet,
    'catalogues.import': notYet,
    'plans.setCatalogue': notYet,
  }
}

export function pendingExportHandlers(_backend: Backend, _host: Host): HandlersFor<'plans.exportDocx'> {
  return { 'plans.exportDocx': notYet }
}

/** A new plan keeps its own copy of the chosen catalogue; until the catalogue store exists only
 * "no catalogue" can be chosen. */
export async function resolveCatalogueForNewPlan(
  _backend: Backend,
  id: string | null,
): Promise<Catalogue | null> {
  if (id === null) return null
  throw new AppError('internal', 'not implemented yet: catalogues')
}
