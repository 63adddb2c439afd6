import type { Catalogue } from '../../../shared/model/catalogue'
import { checkCatalogue } from '../../../shared/model/catalogueValidation'
import type { Fs } from '../store/fsFacade'
import { loadShippedDataFiles } from '../store/shippedDataFiles'

/** The catalogues shipped in resources/catalogues; an invalid one is left out. */
export function loadShippedCatalogues(fs: Fs, resourcesDir: string): Promise<Catalogue[]> {
  return loadShippedDataFiles(fs, resourcesDir, 'catalogues', (json) => {
    const check = checkCatalogue(json)
    return check.ok ? { ok: true, value: check.catalogue } : check
  })
}
