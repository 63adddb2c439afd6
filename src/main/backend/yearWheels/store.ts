import { join } from 'node:path'
import type { YearWheel, YearWheelSummary } from '../../../shared/model/yearWheel'
import { AppError } from '../../../shared/model/errors'
import { SafeId } from '../../../shared/model/ids'
import {
  MAX_YEAR_WHEEL_BYTES,
  checkYearWheel,
  invalidYearWheel,
  parseYearWheelFile,
} from '../../../shared/model/yearWheelValidation'
import { compareCatalogueVersions } from '../../../shared/model/catalogueVersion'
import { errnoCode, realFs, type Fs } from '../store/fsFacade'
import { writeFileAtomic } from '../store/atomicWrite'
import { toIoError } from '../store/ioError'
import { joinInside } from '../store/insidePath'
import { keyedQueue } from '../plans/keyedQueue'
import { loadShippedDataFiles } from '../store/shippedDataFiles'

export type YearWheelStoreOptions = { dataDir: string; resourcesDir: string; fs?: Fs }

const summarise = (w: YearWheel, builtIn: boolean): YearWheelSummary => ({
  id: w.id,
  municipality: w.municipality,
  title: w.title,
  version: w.version,
  eventCount: w.events.length,
  builtIn,
})

const wheelJson = (w: YearWheel) => JSON.stringify(w, null, 2) + '\n'

/**
 * Year wheels (årshjul): the shipped ones (read-only) and the user's own in
 * `<dataDir>/year-wheels/<id>.json`, with the catalogues' rules: a user file with a shipped id is a
 * newer version standing in front of the shipped one, an import replaces only an older version, and
 * the same version with other content is refused (two cycles under one version number would leave a
 * council unable to tell which one it follows).
 */
export function createYearWheelStore(opts: YearWheelStoreOptions) {
  const fs = opts.fs ?? realFs
  const dir = join(opts.dataDir, 'year-wheels')
  const serial = keyedQueue()
  let shipped: Promise<YearWheel[]> | null = null
  const builtIns = () =>
    (shipped ??= loadShippedDataFiles(fs, opts.resourcesDir, 'year-wheels', (json) => {
      const check = checkYearWheel(json)
      return check.ok ? { ok: true, value: check.wheel } : check
    }))
  const fileOf = (id: string) => {
    if (!SafeId.safeParse(id).success) {
      throw new AppError(
        'invalid-input',
        `refusing unsafe year-wheel id: ${JSON.stringify(id).slice(0, 100)}`,
      )
    }
    return joinInside(dir, `${id}.json`)
  }

  async function readUser(id: string): Promise<YearWheel | null> {
    let text: string
    try {
      text = await fs.readFile(fileOf(id), 'utf8')
    } catch (err) {
      if (errnoCode(err) === 'ENOENT') return null
      throw toIoError(err, `reading year wheel ${id}`)
    }
    try {
      const check = checkYearWheel(JSON.parse(text))
      return check.ok ? check.wheel : null
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
      throw toIoError(err, 'listing year wheels')
    }
  }

  async function write(wheel: YearWheel): Promise<YearWheel> {
    try {
      await fs.mkdir(dir, { recursive: true })
    } catch (err) {
      throw toIoError(err, 'creating the year-wheel folder')
    }
    await writeFileAtomic(fs, fileOf(wheel.id), wheelJson(wheel))
    return wheel
  }

  async function find(id: string): Promise<{ wheel: YearWheel; builtIn: boolean } | null> {
    const own = await readUser(id)
    if (own) return { wheel: own, builtIn: false }
    const base = (await builtIns()).find((w) => w.id === id)
    return base ? { wheel: base, builtIn: true } : null
  }

  async function all(): Promise<{ wheel: YearWheel; builtIn: boolean }[]> {
    const own = (await Promise.all((await userIds()).map(readUser))).filter((w): w is YearWheel => w !== null)
    const ownIds = new Set(own.map((w) => w.id))
    const base = (await builtIns()).filter((w) => !ownIds.has(w.id))
    return [
      ...base.map((wheel) => ({ wheel, builtIn: true })),
      ...own.map((wheel) => ({ wheel, builtIn: false })),
    ]
  }

  return {
    async list(): Promise<YearWheelSummary[]> {
      return (await all())
        .map(({ wheel, builtIn }) => summarise(wheel, builtIn))
        .sort(
          (a, b) =>
            a.municipality.localeCompare(b.municipality, 'da') || a.title.localeCompare(b.title, 'da'),
        )
    },

    /** Every wheel in the library, whole: the home screen's next deadline looks through all of them. */
    async all(): Promise<YearWheel[]> {
      return (await all()).map((w) => w.wheel)
    },

    async get(id: string): Promise<YearWheel> {
      const found = await find(id)
      if (!found) throw new AppError('not-found', `No year wheel ${id}`)
      return found.wheel
    },

    /** Saves a user's wheel (new or edited). A shipped wheel is not edited in place. */
    save(input: YearWheel): Promise<YearWheel> {
      const check = checkYearWheel(input)
      if (!check.ok) return Promise.reject(invalidYearWheel(check.problems))
      const wheel = check.wheel
      return serial(wheel.id, async () => {
        const own = await readUser(wheel.id)
        const base = (await builtIns()).find((w) => w.id === wheel.id)
        if (!own && base && compareCatalogueVersions(wheel.version, base.version) <= 0) {
          throw new AppError('read-only', `Year wheel ${wheel.id} is shipped with the app`)
        }
        return write(wheel)
      })
    },

    async delete(id: string): Promise<void> {
      await serial(id, async () => {
        if (await readUser(id)) {
          try {
            await fs.unlink(fileOf(id))
          } catch (err) {
            throw toIoError(err, `deleting year wheel ${id}`)
          }
          return
        }
        if ((await builtIns()).some((w) => w.id === id)) {
          throw new AppError('read-only', `Year wheel ${id} is shipped with the app`)
        }
        throw new AppError('not-found', `No year wheel ${id}`)
      })
    },

    async exportTo(id: string, path: string): Promise<void> {
      await writeFileAtomic(fs, path, wheelJson(await this.get(id)))
    },

    async importFrom(path: string): Promise<YearWheel> {
      let size: number
      try {
        size = (await fs.stat(path)).size
      } catch (err) {
        throw toIoError(err, 'reading the year-wheel file')
      }
      if (size > MAX_YEAR_WHEEL_BYTES) throw invalidYearWheel([{ path: '', problem: 'too-large' }])
      let text: string
      try {
        text = await fs.readFile(path, 'utf8')
      } catch (err) {
        throw toIoError(err, 'reading the year-wheel file')
      }
      const incoming = parseYearWheelFile(text)
      return serial(incoming.id, async () => {
        const existing = await find(incoming.id)
        if (existing) {
          const order = compareCatalogueVersions(incoming.version, existing.wheel.version)
          if (order < 0) throw invalidYearWheel([{ path: 'version', problem: 'older-version' }])
          if (order === 0) {
            if (wheelJson(incoming) === wheelJson(existing.wheel)) return existing.wheel
            throw invalidYearWheel([{ path: 'version', problem: 'version-conflict' }])
          }
        }
        return write(incoming)
      })
    },
  }
}

export type YearWheelStore = ReturnType<typeof createYearWheelStore>
