import { join } from 'node:path'
import type { Catalogue } from '../../../shared/model/catalogue'
import type { CatalogueSummary } from '../../../shared/model/catalogueSummary'
import { AppError } from '../../../shared/model/errors'
import { SafeId } from '../../../shared/model/ids'
import {
  MAX_CATALOGUE_BYTES,
  checkCatalogue,
  invalidCatalogue,
  parseCatalogueFile,
} from '../../../shared/model/catalogueValidation'
import { compareCatalogueVersions } from '../../../shared/model/catalogueVersion'
import { errnoCode, realFs, type Fs } from '../store/fsFacade'
import { writeFileAtomic } from '../store/atomicWrite'
import { toIoError } from '../store/ioError'
import { joinInside } from '../store/insidePath'
import { keyedQueue } from '../plans/keyedQueue'
import { loadShippedCatalogues } from './shippedCatalogues'

export type CatalogueStoreOptions = { dataDir: string; resourcesDir: string; fs?: Fs }
export type ImportOutcome = { status: 'imported'; catalogue: Catalogue; replaced: string | null }

const summarise = (c: Catalogue, builtIn: boolean): CatalogueSummary => ({
  id: c.id,
  municipality: c.municipality,
  title: c.title,
  version: c.version,
  adopted: c.adopted,
  focusAreaCount: c.focusAreas.length,
  builtIn,
})

const sameContent = (a: Catalogue, b: Catalogue) => JSON.stringify(a) === JSON.stringify(b)

/**
 * Focus-area catalogues: the shipped ones (read-only) and the user's own in
 * `<dataDir>/catalogues/<id>.json`. A user catalogue may carry a shipped id when it is a newer
 * version of it (a municipality updating a list): it then stands in front of the shipped one, and
 * deleting it brings the shipped one back. Plans never point at these files; they keep a copy.
 */
export function createCatalogueStore(opts: CatalogueStoreOptions) {
  const fs = opts.fs ?? realFs
  const dir = join(opts.dataDir, 'catalogues')
  const serial = keyedQueue()
  let shipped: Promise<Catalogue[]> | null = null
  const builtIns = () => (shipped ??= loadShippedCatalogues(fs, opts.resourcesDir))
  const fileOf = (id: string) => {
    if (!SafeId.safeParse(id).success) {
      throw new AppError('invalid-input', `refusing unsafe catalogue id: ${JSON.stringify(id).slice(0, 100)}`)
    }
    return joinInside(dir, `${id}.json`)
  }

  async function readUser(id: string): Promise<Catalogue | null> {
    let text: string
    try {
      text = await fs.readFile(fileOf(id), 'utf8')
    } catch (err) {
      if (errnoCode(err) === 'ENOENT') return null
      throw toIoError(err, `reading catalogue ${id}`)
    }
    try {
      const check = checkCatalogue(JSON.parse(text))
      return check.ok ? check.catalogue : null
    } catch {
      return null
    }
  }

  async function userIds(): Promise<string[]> {
    try {
      return (await fs.readdir(dir))
        .filter((n) => /^[a-zA-Z0-9_-]{1,64}\.json$/.test(n))
        .map((n) => n.slice(0, -5))
    } catch (err) {
      if (errnoCode(err) === 'ENOENT') return []
      throw toIoError(err, 'listing catalogues')
    }
  }

  async function write(catalogue: Catalogue): Promise<Catalogue> {
    try {
      await fs.mkdir(dir, { recursive: true })
    } catch (err) {
      throw toIoError(err, 'creating the catalogue folder')
    }
    await writeFileAtomic(fs, fileOf(catalogue.id), JSON.stringify(catalogue, null, 2) + '\n')
    return catalogue
  }

  async function find(id: string): Promise<{ catalogue: Catalogue; builtIn: boolean } | null> {
    const own = await readUser(id)
    if (own) return { catalogue: own, builtIn: false }
    const base = (await builtIns()).find((c) => c.id === id)
    return base ? { catalogue: base, builtIn: true } : null
  }

  return {
    async list(): Promise<CatalogueSummary[]> {
      const own = (await Promise.all((await userIds()).map(readUser))).filter(
        (c): c is Catalogue => c !== null,
      )
      const ownIds = new Set(own.map((c) => c.id))
      const base = (await builtIns()).filter((c) => !ownIds.has(c.id))
      return [...base.map((c) => summarise(c, true)), ...own.map((c) => summarise(c, false))].sort(
        (a, b) => a.municipality.localeCompare(b.municipality, 'da') || a.title.localeCompare(b.title, 'da'),
      )
    },

    async get(id: string): Promise<Catalogue> {
      const found = await find(id)
      if (!found) throw new AppError('not-found', `No catalogue ${id}`)
      return found.catalogue
    },

    /** Saves a user catalogue (new or edited). A shipped catalogue cannot be edited in place. */
    save(input: Catalogue): Promise<Catalogue> {
      const check = checkCatalogue(input)
      if (!check.ok) return Promise.reject(invalidCatalogue(check.problems))
      const catalogue = check.catalogue
      return serial(catalogue.id, async () => {
        const own = await readUser(catalogue.id)
        const base = (await builtIns()).find((c) => c.id === catalogue.id)
        if (!own && base && compareCatalogueVersions(catalogue.version, base.version) <= 0) {
          throw new AppError('read-only', `Catalogue ${catalogue.id} is shipped with the app`)
        }
        return write(catalogue)
      })
    },

    async delete(id: string): Promise<void> {
      await serial(id, async () => {
        if (await readUser(id)) {
          try {
            await fs.unlink(fileOf(id))
          } catch (err) {
            throw toIoError(err, `deleting catalogue ${id}`)
          }
          return
        }
        if ((await builtIns()).some((c) => c.id === id)) {
          throw new AppError('read-only', `Catalogue ${id} is shipped with the app`)
        }
        throw new AppError('not-found', `No catalogue ${id}`)
      })
    },

    /** Writes a catalogue as one file a municipality can hand to its councils. */
    async exportTo(id: string, path: string): Promise<void> {
      const catalogue = await this.get(id)
      await writeFileAtomic(fs, path, JSON.stringify(catalogue, null, 2) + '\n')
    },

    /**
     * Imports a catalogue file. Same id as one in the library: a newer version replaces it (this is
     * how a municipality updates its councils; plans keep their copy until the user moves them), the
     * same version with the same content is a harmless repeat, an older version or the same version
     * with other content is refused: two different lists under one version would leave councils
     * unable to tell which one their plan follows.
     */
    async importFrom(path: string): Promise<ImportOutcome> {
      let size: number
      try {
        size = (await fs.stat(path)).size
      } catch (err) {
        throw toIoError(err, 'reading the catalogue file')
      }
      if (size > MAX_CATALOGUE_BYTES) throw invalidCatalogue([{ path: '', problem: 'too-large' }])
      let text: string
      try {
        text = await fs.readFile(path, 'utf8')
      } catch (err) {
        throw toIoError(err, 'reading the catalogue file')
      }
      const incoming = parseCatalogueFile(text)
      return serial(incoming.id, async () => {
        const existing = await find(incoming.id)
        if (existing) {
          const order = compareCatalogueVersions(incoming.version, existing.catalogue.version)
          if (order < 0) throw invalidCatalogue([{ path: 'version', problem: 'older-version' }])
          if (order === 0) {
            if (sameContent(incoming, existing.catalogue)) {
              return { status: 'imported' as const, catalogue: existing.catalogue, replaced: null }
            }
            throw invalidCatalogue([{ path: 'version', problem: 'version-conflict' }])
          }
        }
        await write(incoming)
        return {
          status: 'imported' as const,
          catalogue: incoming,
          replaced: existing?.catalogue.version ?? null,
        }
      })
    },
  }
}

export type CatalogueStore = ReturnType<typeof createCatalogueStore>
