import { randomUUID } from 'node:crypto'
import type { Low } from 'lowdb'
import { AppError } from '../../../shared/model/errors'
import { PLAN_SCHEMA_VERSION, type Plan, type PlanMeta, type PlanSummary } from '../../../shared/model/plan'
import type { DocJSON, QuarantinedPlan } from '../../../shared/model/plan'
import type { MetaPatch } from '../../../shared/api'
import type { Catalogue } from '../../../shared/model/catalogue'
import type { Template } from '../../../shared/model/template'
import { checkDocument } from '../../../shared/document/validate'
import type { Fs } from '../store/fsFacade'
import { errnoCode, exists } from '../store/fsFacade'
import { toIoError } from '../store/ioError'
import type { Library } from '../store/library'
import { PlanPaths } from './planPaths'
import type { LoadedPlan } from './planCodec'
import { createPlanLoader } from './planLoader'
import { createPlanNotices } from './planNotices'
import { keyedQueue } from './keyedQueue'
import { createPlanIndex, fileKey } from './planIndex'
import { laterThan, summary } from './planSummary'
import { docFromTemplate } from '../templates/docFromTemplate'
import { movePlanToTrash, type MoveBackups } from './movePlanToTrash'

export type NewPlan = {
  title: string
  council: string
  kind: PlanMeta['kind']
  villages: string[]
  municipality: string
  templateId: string
}
/** What other parts of the backend may change in meta (backend/catalogues sets `catalogue`). */
export type BackendMetaPatch = MetaPatch & { catalogue?: Catalogue | null; templateId?: string }
export type SaveResult = { rev: number; updatedAt: string }

type Deps = {
  fs: Fs
  paths: PlanPaths
  library: Library
  /** Runs after every change that reached the disk (the backups hook); its failure never fails the save. */
  onCommitted?: (plan: Plan) => Promise<void>
  /** Takes the plan's backups and named versions along when it is deleted. */
  moveBackups?: MoveBackups
}

/**
 * The plans: one file each, read through lowdb with our adapter, cached after the first read. Every
 * change is checked (rev, read-only, document schema) before anything touches the disk, and a
 * change that fails to reach the disk leaves the cached plan as it was.
 */
export function createPlanStore({ fs, paths, library, onCommitted, moveBackups }: Deps) {
  const notices = createPlanNotices({ fs, dataDir: paths.dataDir, library })
  const index = createPlanIndex({ fs, path: paths.indexFile })
  const loader = createPlanLoader({ fs, paths, notices, index })
  const load = loader.load
  const serial = keyedQueue()

  async function loadOrThrow(id: string): Promise<Low<LoadedPlan>> {
    const db = await load(id)
    if (!db) throw new AppError('not-found', `no plan ${id}`)
    return db
  }

  /** After a write of the plan file: the index learns the new file's key and what it holds. */
  async function indexWritten(plan: Plan): Promise<void> {
    const key = await fileKey(fs, paths.file(plan.id)).catch(() => null)
    if (key) index.remember(plan.id, key, summary(plan))
    else index.forget(plan.id)
  }

  /** Applies a change to a writable plan: rev + 1, updatedAt now, written atomically. */
  async function commit(
    id: string,
    change: (plan: Readonly<Plan>) => Plan,
    expectedRev?: number,
  ): Promise<Plan> {
    return serial(id, async () => {
      const db = await loadOrThrow(id)
      if (db.data.readOnly) throw new AppError('read-only', `plan ${id} was made by a newer version`)
      const current = db.data.plan
      if (expectedRev !== undefined && expectedRev !== current.rev) {
        throw new AppError('stale-rev', `plan ${id} is at rev ${current.rev}, not ${expectedRev}`, {
          rev: current.rev,
        })
      }
      // No deep copy of the old plan (a 100-page plan costs ~8 ms to clone): every change builds a
      // new plan object and never mutates `current`, and nothing outside the store sees `current`
      // uncloned (get() and the commands' results are cloned), so the cached plan stays as it was.
      const changed = change(current)
      const next: Plan = {
        ...changed,
        rev: current.rev + 1,
        meta: { ...changed.meta, updatedAt: laterThan(current.meta.updatedAt) },
      }
      const previous = db.data
      db.data = { plan: next, readOnly: false }
      try {
        await db.write()
      } catch (err) {
        db.data = previous
        throw toIoError(err, `saving plan ${id}`)
      }
      await indexWritten(next)
      await onCommitted?.(next).catch((err) => console.warn(`[store] backup of plan ${id} failed:`, err))
      return next
    })
  }

  type PlanList = { plans: PlanSummary[]; quarantined: QuarantinedPlan[] }
  let listing: Promise<void> = Promise.resolve()

  /** The home list. A plan in the cache gives its own summary; one the index knows under its file's
   * current key gives the recorded one, no plan read (all such plans looked at at once, a stat
   * each); any other plan is read as before, one at a time, and the index learns it. */
  async function listPlans(): Promise<PlanList> {
    let names: string[] = []
    try {
      names = await fs.readdir(paths.plansDir)
    } catch (err) {
      // ENOTDIR: plans/ is a file, so there are no plan files; the start reported it (openDataDir.ts).
      if (errnoCode(err) !== 'ENOENT' && errnoCode(err) !== 'ENOTDIR') throw toIoError(err, 'listing plans')
    }
    const ids = names.map(PlanPaths.idOfFile).filter((id): id is string => id !== null)
    index.keepOnly(new Set(ids))
    const known = await Promise.all(
      ids.map(async (id) => {
        const cached = loader.cached(id)
        if (cached) return summary(cached.plan)
        // No key (gone since the listing, or not to be looked at): the read below says which.
        const key = await fileKey(fs, paths.file(id)).catch(() => null)
        return key ? index.lookup(id, key) : null
      }),
    )
    const plans = known.filter((p): p is PlanSummary => p !== null)
    for (const id of ids.filter((_, i) => known[i] === null)) {
      try {
        const loaded = await loader.peek(id)
        if (loaded) plans.push(summary(loaded.plan))
      } catch (err) {
        // One bad plan must never hide the others: it is skipped here and shown among the
        // notices (set aside, or reported where it is), never silently left out.
        if (!(err instanceof AppError)) throw err
        if (err.code !== 'invalid-file' && err.code !== 'read-only')
          console.warn(`[store] plan ${id} not listed: ${err.message}`)
      }
    }
    plans.sort((a, b) => (a.updatedAt < b.updatedAt ? 1 : a.updatedAt > b.updatedAt ? -1 : 0))
    return { plans, quarantined: await notices.list() }
  }

  return {
    /**
     * The home list. A plan in the cache gives its own summary; one the index knows under its file's
     * current key gives the recorded one, no plan read (all such plans looked at at once, a stat
     * each); any other plan is read as before, one at a time, and the index learns it.
     */
    list(): Promise<PlanList> {
      // One listing at a time (the home list and "Næste frist" ask together): two at once would
      // both set the same damaged file aside, and the second would report it as left in place.
      // Each caller gets a listing that started after it asked, so none sees a state older than
      // its own last save.
      const mine = listing.then(listPlans, listPlans)
      listing = mine.then(
        () => undefined,
        () => undefined,
      )
      return mine
    },

    async get(id: string): Promise<Plan & { readOnly: boolean }> {
      const db = await loadOrThrow(id)
      return { ...structuredClone(db.data.plan), readOnly: db.data.readOnly }
    },

    async create(input: NewPlan, template: Template | null, catalogue: Catalogue | null): Promise<Plan> {
      const id = randomUUID()
      const now = new Date().toISOString()
      const doc = docFromTemplate(template)
      const check = checkDocument(doc)
      if (!check.ok) throw new AppError('invalid-document', `template ${input.templateId}: ${check.reason}`)
      const plan: Plan = {
        schemaVersion: PLAN_SCHEMA_VERSION,
        id,
        rev: 0,
        meta: { ...input, versionLabel: '', catalogue, createdAt: now, updatedAt: now },
        doc,
      }
      try {
        await fs.mkdir(paths.plansDir, { recursive: true })
      } catch (err) {
        throw toIoError(err, 'creating the plans folder')
      }
      const db = loader.dbFor(id)
      db.data = { plan, readOnly: false }
      await db.write()
      loader.put(id, db)
      await indexWritten(plan)
      return structuredClone(plan)
    },

    async save(input: { id: string; rev: number; doc: DocJSON; meta?: MetaPatch }): Promise<SaveResult> {
      const check = checkDocument(input.doc)
      if (!check.ok) throw new AppError('invalid-document', check.reason)
      const doc = check.node.toJSON() as DocJSON
      const plan = await commit(
        input.id,
        (p) => ({ ...p, doc, meta: { ...p.meta, ...input.meta } }),
        input.rev,
      )
      return { rev: plan.rev, updatedAt: plan.meta.updatedAt }
    },

    /** Replaces text and meta (a restore); createdAt, catalogue and id stay the plan's own. */
    async replace(id: string, from: Plan, expectedRev: number): Promise<Plan> {
      // A version or backup the app wrote before duplicate ids were refused is still restorable.
      const check = checkDocument(from.doc, { allowDuplicateIds: true })
      if (!check.ok) throw new AppError('invalid-document', check.reason)
      const plan = await commit(
        id,
        (p) => ({
          ...p,
          doc: from.doc,
          meta: { ...from.meta, createdAt: p.meta.createdAt, catalogue: p.meta.catalogue },
        }),
        expectedRev,
      )
      return structuredClone(plan)
    },

    /** Writes a whole plan under an id that has no file (an import, a recovery); never overwrites. */
    async adopt(plan: Plan): Promise<Plan> {
      const check = checkDocument(plan.doc, { allowDuplicateIds: true })
      if (!check.ok) throw new AppError('invalid-document', check.reason)
      return serial(plan.id, async () => {
        if (loader.has(plan.id) || (await exists(fs, paths.file(plan.id)))) {
          throw new AppError('invalid-input', `plan ${plan.id} exists already`)
        }
        await fs.mkdir(paths.plansDir, { recursive: true })
        const db = loader.dbFor(plan.id)
        db.data = { plan: { ...plan, schemaVersion: PLAN_SCHEMA_VERSION }, readOnly: false }
        await db.write()
        loader.put(plan.id, db)
        await indexWritten(db.data.plan)
        await onCommitted?.(db.data.plan).catch((err) =>
          console.warn(`[store] backup of ${plan.id} failed:`, err),
        )
        return structuredClone(db.data.plan)
      })
    },

    async rename(id: string, title: string): Promise<SaveResult> {
      const plan = await commit(id, (p) => ({ ...p, meta: { ...p.meta, title } }))
      return { rev: plan.rev, updatedAt: plan.meta.updatedAt }
    },

    async updateMeta(id: string, patch: BackendMetaPatch): Promise<{ rev: number; meta: PlanMeta }> {
      const plan = await commit(id, (p) => ({ ...p, meta: { ...p.meta, ...patch } }))
      return { rev: plan.rev, meta: structuredClone(plan.meta) }
    },

    /** Moves the plan, its images, backups and versions to trash/, to be recovered together. */
    async delete(id: string): Promise<void> {
      await serial(id, async () => {
        const file = paths.file(id)
        if (!(await exists(fs, file))) throw new AppError('not-found', `no plan ${id}`)
        // Uncached even when a later part fails: the plan file may be gone already.
        const moved = await movePlanToTrash(fs, paths, id, moveBackups).finally(() => {
          loader.forget(id)
          index.forget(id)
        })
        console.info(`[store] plan ${id} moved to ${moved}`)
      })
    },

    dismissQuarantined: (id: string): Promise<void> => notices.dismiss(id),

    /** Waits for the plan index written behind the saves (on close). */
    flush: (): Promise<void> => index.flush(),

    /** Runs `task` in the plan's queue, so no save, import or delete of that id runs beside it: a
     * plan coming back from the trash checks that its id is free and moves in as one step. */
    exclusive: <T>(id: string, task: () => Promise<T>): Promise<T> => serial(id, task),
  }
}

export type PlanStore = ReturnType<typeof createPlanStore>
