import { Low } from 'lowdb'
import { AppError } from '../../../shared/model/errors'
import type { Fs } from '../store/fsFacade'
import { JsonFileAdapter } from '../store/jsonFileAdapter'
import { CorruptFileError } from '../store/corruptFile'
import type { PlanPaths } from './planPaths'
import { planCodec, type LoadedPlan } from './planCodec'
import type { PlanNotices } from './planNotices'

type Deps = { fs: Fs; paths: PlanPaths; notices: PlanNotices }

/**
 * Reads plans into the cache, one read per plan at a time: right after a start the list and the
 * first save both ask for a plan nobody has read yet, and two reads would leave two lowdb objects,
 * the later one caching the text from before the save (so the next save looks stale and the old
 * words come back). Every caller waiting for the same plan shares one promise.
 */
export function createPlanLoader({ fs, paths, notices }: Deps) {
  const cache = new Map<string, Low<LoadedPlan>>()
  const reading = new Map<string, Promise<Low<LoadedPlan> | null>>()

  function dbFor(id: string): Low<LoadedPlan> {
    const adapter = new JsonFileAdapter<LoadedPlan>(fs, paths.file(id), planCodec(id))
    return new Low<LoadedPlan>(adapter, null as unknown as LoadedPlan)
  }

  async function read(id: string, stillWanted: () => boolean): Promise<Low<LoadedPlan> | null> {
    const db = dbFor(id)
    try {
      await db.read()
    } catch (err) {
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
    // A plan deleted while this read ran must not come back into the cache.
    if (stillWanted()) cache.set(id, db)
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
      const p: Promise<Low<LoadedPlan> | null> = read(id, () => reading.get(id) === p).finally(() => {
        if (reading.get(id) === p) reading.delete(id)
      })
      reading.set(id, p)
      return p
    },
    has: (id: string) => cache.has(id) || reading.has(id),
    put: (id: string, db: Low<LoadedPlan>) => void cache.set(id, db),
    forget(id: string) {
      cache.delete(id)
      reading.delete(id)
    },
  }
}

export type PlanLoader = ReturnType<typeof createPlanLoader>
