import { join } from 'node:path'
import { AppError } from '../../../shared/model/errors'
import { SafeId } from '../../../shared/model/ids'
import { compareCatalogueVersions } from '../../../shared/model/catalogueVersion'
import { errnoCode, realFs, type Fs } from './fsFacade'
import { writeFileAtomic } from './atomicWrite'
import { toIoError } from './ioError'
import { joinInside } from './insidePath'
import { keyedQueue } from '../plans/keyedQueue'
import { loadShippedDataFiles } from './shippedDataFiles'

/** What a kind of shared data file (a focus-area catalogue, a year wheel) tells this store. */
export type VersionedKind<T, P> = {
  /** The folder under the data folder and under resources/ (`catalogues`, `year-wheels`). */
  folder: string
  /** The kind in the log's words ("catalogue", "year wheel"). */
  what: string
  maxBytes: number
  check: (json: unknown) => { ok: true; value: T } | { ok: false; problems: P[] }
  /** A file's text to a checked item; throws the kind's located refusal. */
  parseFile: (text: string) => T
  invalid: (problems: P[]) => AppError
  /** A located problem of the file as a whole (`too-large`) or of its version. */
  problem: (path: string, problem: 'too-large' | 'older-version' | 'version-conflict') => P
}

export type VersionedStoreOptions = { dataDir: string; resourcesDir: string; fs?: Fs }

export type Found<T> = { item: T; builtIn: boolean }

const fileJson = (item: unknown) => JSON.stringify(item, null, 2) + '\n'
const capitalised = (s: string) => s.charAt(0).toUpperCase() + s.slice(1)

/**
 * The files municipalities share with their councils (focus-area catalogues, year wheels): the
 * shipped ones (read-only, in resources/<folder>) and the user's own in `<dataDir>/<folder>/<id>.json`.
 * A user file may carry a shipped id when it is a newer version of it (a municipality updating its
 * list): it then stands in front of the shipped one, and deleting it brings the shipped one back. An
 * import replaces only an older version; the same version with the same content is a harmless repeat,
 * with other content it is refused (two different files under one version would leave councils unable
 * to tell which one their plan follows). One home for these rules, so the kinds cannot drift apart.
 */
export function createVersionedDataFiles<T extends { id: string; version: string }, P>(
  kind: VersionedKind<T, P>,
  opts: VersionedStoreOptions,
) {
  const fs = opts.fs ?? realFs
  const dir = join(opts.dataDir, kind.folder)
  const serial = keyedQueue()
  const What = capitalised(kind.what)
  let shipped: Promise<T[]> | null = null
  const builtIns = () => (shipped ??= loadShippedDataFiles(fs, opts.resourcesDir, kind.folder, kind.check))
  const fileOf = (id: string) => {
    if (!SafeId.safeParse(id).success) {
      throw new AppError(
        'invalid-input',
        `refusing unsafe ${kind.what} id: ${JSON.stringify(id).slice(0, 100)}`,
      )
    }
    return joinInside(dir, `${id}.json`)
  }

  async function readUser(id: string): Promise<T | null> {
    let text: string
    try {
      text = await fs.readFile(fileOf(id), 'utf8')
    } catch (err) {
      if (errnoCode(err) === 'ENOENT') return null
      throw toIoError(err, `reading ${kind.what} ${id}`)
    }
    try {
      const check = kind.check(JSON.parse(text))
      return check.ok ? check.value : null
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
      throw toIoError(err, `listing ${kind.what} files`)
    }
  }

  async function write(item: T): Promise<T> {
    try {
      await fs.mkdir(dir, { recursive: true })
    } catch (err) {
      throw toIoError(err, `creating the ${kind.what} folder`)
    }
    await writeFileAtomic(fs, fileOf(item.id), fileJson(item))
    return item
  }

  async function find(id: string): Promise<Found<T> | null> {
    const own = await readUser(id)
    if (own) return { item: own, builtIn: false }
    const base = (await builtIns()).find((c) => c.id === id)
    return base ? { item: base, builtIn: true } : null
  }

  return {
    /** Every item in the library: the shipped ones not stood in front of, then the user's own. */
    async all(): Promise<Found<T>[]> {
      const read: (T | null)[] = await Promise.all((await userIds()).map(readUser))
      const own = read.filter((c): c is T => c !== null)
      const ownIds = new Set(own.map((c) => c.id))
      const base = (await builtIns()).filter((c) => !ownIds.has(c.id))
      return [
        ...base.map((item) => ({ item, builtIn: true })),
        ...own.map((item) => ({ item, builtIn: false })),
      ]
    },

    async get(id: string): Promise<T> {
      const found = await find(id)
      if (!found) throw new AppError('not-found', `No ${kind.what} ${id}`)
      return found.item
    },

    /** Saves a user's item (new or edited). A shipped one is not edited in place. */
    save(input: T): Promise<T> {
      const check = kind.check(input)
      if (!check.ok) return Promise.reject(kind.invalid(check.problems))
      const item = check.value
      return serial(item.id, async () => {
        const own = await readUser(item.id)
        const base = (await builtIns()).find((c) => c.id === item.id)
        if (!own && base && compareCatalogueVersions(item.version, base.version) <= 0) {
          throw new AppError('read-only', `${What} ${item.id} is shipped with the app`)
        }
        return write(item)
      })
    },

    async delete(id: string): Promise<void> {
      await serial(id, async () => {
        if (await readUser(id)) {
          try {
            await fs.unlink(fileOf(id))
          } catch (err) {
            throw toIoError(err, `deleting ${kind.what} ${id}`)
          }
          return
        }
        if ((await builtIns()).some((c) => c.id === id)) {
          throw new AppError('read-only', `${What} ${id} is shipped with the app`)
        }
        throw new AppError('not-found', `No ${kind.what} ${id}`)
      })
    },

    /** Writes an item as one file a municipality can hand to its councils. */
    async exportTo(id: string, path: string): Promise<void> {
      await writeFileAtomic(fs, path, fileJson(await this.get(id)))
    },

    /** Imports a file by the rules above; `replaced` is the version it replaced, if any. */
    async importFrom(path: string): Promise<{ item: T; replaced: string | null }> {
      let size: number
      try {
        size = (await fs.stat(path)).size
      } catch (err) {
        throw toIoError(err, `reading the ${kind.what} file`)
      }
      if (size > kind.maxBytes) throw kind.invalid([kind.problem('', 'too-large')])
      let text: string
      try {
        text = await fs.readFile(path, 'utf8')
      } catch (err) {
        throw toIoError(err, `reading the ${kind.what} file`)
      }
      const incoming = kind.parseFile(text)
      return serial(incoming.id, async () => {
        const existing = await find(incoming.id)
        if (existing) {
          const order = compareCatalogueVersions(incoming.version, existing.item.version)
          if (order < 0) throw kind.invalid([kind.problem('version', 'older-version')])
          if (order === 0) {
            if (fileJson(incoming) === fileJson(existing.item)) return { item: existing.item, replaced: null }
            throw kind.invalid([kind.problem('version', 'version-conflict')])
          }
        }
        await write(incoming)
        return { item: incoming, replaced: existing?.item.version ?? null }
      })
    },
  }
}
