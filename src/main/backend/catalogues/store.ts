import type { Catalogue } from '../../../shared/model/catalogue'
import type { CatalogueSummary } from '../../../shared/model/catalogueSummary'
import {
  MAX_CATALOGUE_BYTES,
  checkCatalogue,
  invalidCatalogue,
  parseCatalogueFile,
  type CatalogueProblem,
} from '../../../shared/model/catalogueValidation'
import {
  createVersionedDataFiles,
  type VersionedKind,
  type VersionedStoreOptions,
} from '../store/versionedDataFiles'

export type CatalogueStoreOptions = VersionedStoreOptions
export type ImportOutcome = { status: 'imported'; catalogue: Catalogue; replaced: string | null }

const CATALOGUES: VersionedKind<Catalogue, CatalogueProblem> = {
  folder: 'catalogues',
  what: 'catalogue',
  maxBytes: MAX_CATALOGUE_BYTES,
  check: (json) => {
    const check = checkCatalogue(json)
    return check.ok ? { ok: true, value: check.catalogue } : check
  },
  parseFile: parseCatalogueFile,
  invalid: invalidCatalogue,
  problem: (path, problem) => ({ path, problem }),
}

const summarise = (c: Catalogue, builtIn: boolean): CatalogueSummary => ({
  id: c.id,
  municipality: c.municipality,
  title: c.title,
  version: c.version,
  adopted: c.adopted,
  focusAreaCount: c.focusAreas.length,
  builtIn,
})

/**
 * Focus-area catalogues, shipped and the user's own, by the rules of shared versioned data files
 * (store/versionedDataFiles.ts). Plans never point at these files; they keep a copy.
 */
export function createCatalogueStore(opts: CatalogueStoreOptions) {
  const files = createVersionedDataFiles(CATALOGUES, opts)
  return {
    async list(): Promise<CatalogueSummary[]> {
      return (await files.all())
        .map(({ item, builtIn }) => summarise(item, builtIn))
        .sort(
          (a, b) =>
            a.municipality.localeCompare(b.municipality, 'da') || a.title.localeCompare(b.title, 'da'),
        )
    },
    get: files.get,
    save: files.save,
    delete: files.delete,
    exportTo: (id: string, path: string) => files.exportTo(id, path),
    /** A newer version replaces the one here (how a municipality updates its councils; plans keep
     * their copy until the user moves them). */
    async importFrom(path: string): Promise<ImportOutcome> {
      const { item, replaced } = await files.importFrom(path)
      return { status: 'imported', catalogue: item, replaced }
    },
  }
}

export type CatalogueStore = ReturnType<typeof createCatalogueStore>
