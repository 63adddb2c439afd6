import { Low } from 'lowdb'
import { AppError } from '../../../shared/model/errors'
import type { Fs } from '../store/fsFacade'
import { JsonFileAdapter } from '../store/jsonFileAdapter'
import { CorruptFileError } from '../store/corruptFile'
import type { PlanPaths } from './planPaths'
import { planCodec, type LoadedPlan } from './planCodec'
import type { PlanNotices } from './planNotices'
import { fileKey, type PlanIndex } from './planIndex'
import { summary } from './planSummary'

type Deps = { fs: Fs; paths: PlanPaths; notices: PlanNotices; index: PlanIndex }

/**
 * Reads plans into the cache, one read per plan at a time: right after a start the list and the
 * first save both ask for a plan nobody has read yet, and two reads would leave two lowdb objects,
 * the later one caching the text from before the save (so the next save looks stale and the old
 * words come back). Every caller waiting for the same plan shares one promise.
 */
export function createPlanLoader({ fs, paths, notices, index }: Deps) {
  const cache = new Map<string, Low<LoadedPlan>>()
  const reading = new Map<string, Promise<Low<LoadedPlan> | null>>()

  function dbFor(id: string): Low<LoadedPlan> {
    const adapter = new JsonFileAdapter<LoadedPlan>(fs, paths.file(id), planCodec(id))
    return new Low<LoadedPlan>(adapter, null as unknown as LoadedPlan)
  }

  /** Reads the plan file, reporting what is wrong with it; every read also refreshes its index entry. */
  async function read(id: string): Promise<Low<LoadedPlan> | null> {
    const db = dbFor(id)
    try {
      // The key before and after: a summary is only recorded for a file that did not change under
      // the read. A key that cannot be taken only means nothing is recorded; the read decides.
      const keyNow = () => fileKey(fs, paths.file(id)).catch(() => null)
      const before = await keyNow()
      await db.read()
      const after = await keyNow()
      if (db.data && before !== null && before === after) index.remember(id, before, summary(db.data.plan))
    } catch (err) {
      index.forget(id)
      if (err instanceof AppError && err.code === 'read-only') {
        notices.reportNewer(id, paths.file(id))
        throw err
      }
      if (err instanceof CorruptFileError) {
        const entry = await notices.setAside(id, err)
        const where = entry.inPlace ? 'was left where it is' : 'was moved aside'
        throw new AppError('invalid-file', `plan ${id} could not be read and ${where}`, entry)
      }
      // Could not be read (no permission, an I/O error): the plan exists, so say so, never "not here".
      notices.reportUnreadable(id, paths.file(id))
      throw err
    }
    if (!db.data) return null
    notices.readFine(id)
    return db
  }

  async function readIntoCache(id: string, stillWanted: () => boolean): Promise<Low<LoadedPlan> | null> {
    const db = await read(id)
    // A plan deleted while this read ran must not come back into the cache.
    if (db && stillWanted()) cache.set(id, db)
    return db
  }

  return {
    dbFor,
    /** The cached plan, or a read of it shared with anyone else waiting; null when there is none. */
    load(id: string): Promise<Low<LoadedPlan> | null> {
      const cached = cache.get(id)
      if (cached) return Promise.resolve(cached)
      const pending = reading.get(id)
      if (pending) return pending
      const p: Promise<Low<LoadedPlan> | null> = readIntoCache(id, () => reading.get(id) === p).finally(
        () => {
          if (reading.get(id) === p) reading.delete(id)
        },
      )
      reading.set(id, p)
      return p
    },
    /**
     * The plan as load() gives it, but a read of its own is not cached: the home list needs six
     * fields of a plan nobody has opened, not the whole plan held in memory for the session.
     */
    async peek(id: string): Promise<LoadedPlan | null> {
      const shared = cache.get(id) ?? (await reading.get(id)) ?? (await read(id))
      return shared?.data ?? null
    },
    /** The cached plan, without reading anything. */
    cached: (id: string): LoadedPlan | null => cache.get(id)?.data ?? null,
    has: (id: string) => cache.has(id) || reading.has(id),
    put: (id: string, db: Low<LoadedPlan>) => void cache.set(id, db),
    forget(id: string) {
      cache.delete(id)
      reading.delete(id)
    },
  }
}

export type PlanLoader = ReturnType<typeof createPlanLoader>
