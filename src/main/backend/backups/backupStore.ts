import type { Plan } from '../../../shared/model/plan'
import type { BackupSummary } from '../../../shared/model/versions'
import type { Fs } from '../store/fsFacade'
import { errnoCode, exists } from '../store/fsFacade'
import { writeFileAtomic } from '../store/atomicWrite'
import { toIoError } from '../store/ioError'
import { keyedQueue } from '../plans/keyedQueue'
import { PlanPaths } from '../plans/planPaths'
import { joinInside } from '../store/insidePath'
import { generationsToKeep } from './thinning'
import { GenerationFile, listNames, notFound, readSnapshot } from './snapshotFiles'
import { generationName, generationsIn, type GenerationName } from './generationNames'
import { dateOldGeneration } from './dateOldGeneration'

export const BACKUP_INTERVAL_MS = 60_000

type Deps = { fs: Fs; dataDir: string; now?: () => number; intervalMs?: number }
type PlanState = { lastWrittenAt: number; pending: Readonly<Plan> | null; timer: NodeJS.Timeout | null }

/**
 * Rolling backups of every plan under `<dataDir>/backups/<id>/`, one file per generation named by
 * its sequence number and save time (see generationNames.ts). Autosave saves every few seconds, so
 * a generation is written at most once a minute per plan; the newest state inside that minute
 * waits on a timer and is written when it runs out or when the backend closes, so the last save
 * always has a backup too. A save never waits for its generation: it is written behind it, in the
 * plan's backup queue, which listing and reading also go through, so they see it.
 */
export function createBackupStore({ fs, dataDir, now = Date.now, intervalMs = BACKUP_INTERVAL_MS }: Deps) {
  const states = new Map<string, PlanState>()
  /** Shared with the named versions (they live in the same folder), so a delete waits for both. */
  const serial = keyedQueue()
  // Writes under way, so closing can wait for them: the data folder's lock must not be let go
  // while a generation is half written, and nothing is written after the backend closed.
  const running = new Set<Promise<void>>()
  /** Old-named generations whose time could not be read: kept, and not read again on every write. */
  const undatable = new Set<string>()
  let closed = false
  const paths = new PlanPaths(dataDir)
  const dirOf = (id: string) => paths.backupsDir(id)

  const generations = async (id: string) => generationsIn(await listNames(fs, dirOf(id)))

  function write(plan: Readonly<Plan>): Promise<void> {
    const task = serial(plan.id, async () => {
      const dir = dirOf(plan.id)
      await fs.mkdir(dir, { recursive: true })
      const existing = await generations(plan.id)
      const seq = Math.max(0, ...existing.map((g) => g.seq)) + 1
      const savedAt = new Date(now()).toISOString()
      const gen: GenerationFile = { kind: 'backup', seq, savedAt, plan }
      await writeFileAtomic(fs, joinInside(dir, generationName(seq, savedAt)), JSON.stringify(gen))
      await thin(plan.id, [{ name: generationName(seq, savedAt), seq, savedAt }, ...existing])
    })
    running.add(task)
    task.finally(() => running.delete(task)).catch(() => undefined)
    return task
  }

  /** Deletes what the thinning rule lets go, deciding from names only; never what it cannot date. */
  async function thin(id: string, all: GenerationName[]): Promise<void> {
    const dir = dirOf(id)
    const dated: { name: string; seq: number; savedAt: string }[] = []
    for (const gen of all) {
      const withTime = gen.savedAt === null ? await dateOnce(dir, gen) : gen
      if (withTime?.savedAt) dated.push({ ...withTime, savedAt: withTime.savedAt })
    }
    const keep = generationsToKeep(dated, now())
    for (const gen of dated) {
      if (keep.has(gen.seq)) continue
      await fs.unlink(joinInside(dir, gen.name)).catch((err) => {
        if (errnoCode(err) !== 'ENOENT') console.warn(`[backups] could not thin ${gen.name}:`, err)
      })
    }
  }

  async function dateOnce(dir: string, gen: GenerationName): Promise<GenerationName | null> {
    const key = joinInside(dir, gen.name)
    if (undatable.has(key)) return null
    try {
      const dated = await dateOldGeneration(fs, dir, gen)
      if (!dated) undatable.add(key)
      return dated
    } catch (err) {
      // Could not be read now (locked, no permission): kept, and tried again at the next write.
      console.warn(`[backups] could not date ${key}:`, err)
      return null
    }
  }

  /** The generation file for `seq`, preferring the dated name if an older app reused the number. */
  async function fileOf(id: string, seq: number): Promise<string | null> {
    const found = (await generations(id)).find((g) => g.seq === seq)
    return found ? joinInside(dirOf(id), found.name) : null
  }

  async function read(id: string, seq: number): Promise<GenerationFile | null> {
    const path = await fileOf(id, seq)
    return path ? readSnapshot(fs, path, GenerationFile) : null
  }

  function stateOf(id: string): PlanState {
    let s = states.get(id)
    if (!s) states.set(id, (s = { lastWrittenAt: -Infinity, pending: null, timer: null }))
    return s
  }

  function dropState(id: string): void {
    const s = states.get(id)
    if (s?.timer) clearTimeout(s.timer)
    states.delete(id)
  }

  async function writePending(id: string): Promise<void> {
    const s = stateOf(id)
    if (s.timer) clearTimeout(s.timer)
    s.timer = null
    const plan = s.pending
    s.pending = null
    if (!plan) return
    s.lastWrittenAt = now()
    await write(plan)
  }

  const warnFailed = (id: string) => (err: unknown) => console.warn(`[backups] plan ${id}:`, err)

  return {
    /** The per-plan queue of this folder; the named versions share it. */
    queue: serial,

    /**
     * Called after every successful save; resolves once the generation is queued, not written, so
     * the save answers at once. `force` writes at once and resolves when it is written (before a
     * restore replaces the state). The plan is kept as given, not copied (a copy of a 100-page plan
     * costs ~7 ms on every save): the store never changes a committed plan, it builds a new one for
     * each change. A caller must not change `plan` afterwards.
     */
    async record(plan: Readonly<Plan>, opts: { force?: boolean } = {}): Promise<void> {
      if (closed) return
      const s = stateOf(plan.id)
      s.pending = plan
      const elapsed = now() - s.lastWrittenAt
      if (opts.force) return writePending(plan.id)
      if (elapsed >= intervalMs) {
        writePending(plan.id).catch(warnFailed(plan.id))
        return
      }
      if (!s.timer) {
        s.timer = setTimeout(() => writePending(plan.id).catch(warnFailed(plan.id)), intervalMs - elapsed)
        s.timer.unref?.()
      }
    },

    /** Writes every waiting generation; the backend calls this before it lets go of the folder. */
    async flush(): Promise<void> {
      for (const id of [...states.keys()]) await writePending(id)
      await Promise.allSettled([...running])
    },

    /** Writes what is waiting, waits for writes under way, and refuses any later record. */
    async close(): Promise<void> {
      await this.flush()
      closed = true
    },

    /**
     * A deleted plan takes its backups and named versions along: what waits for its minute is
     * dropped (the plan file itself goes to the trash), writes under way finish first, then
     * `backups/<id>/` is moved to `to`. A later plan with the same id starts with none.
     */
    moveToTrash(id: string, to: string): Promise<boolean> {
      dropState(id)
      return serial(id, async () => {
        dropState(id)
        if (!(await exists(fs, dirOf(id)))) return false
        try {
          await fs.rename(dirOf(id), to)
        } catch (err) {
          throw toIoError(err, `moving the backups of plan ${id} to the trash`)
        }
        return true
      })
    },

    /** Readable generations of a plan, newest first (also for a plan whose file was moved aside). */
    list(id: string): Promise<BackupSummary[]> {
      return serial(id, async () => {
        const out: BackupSummary[] = []
        for (const { name, seq } of await generations(id)) {
          const gen = await readSnapshot(fs, joinInside(dirOf(id), name), GenerationFile)
          if (gen) out.push({ seq, savedAt: gen.savedAt, rev: gen.plan.rev, title: gen.plan.meta.title })
        }
        return out
      })
    },

    get(id: string, seq: number): Promise<{ summary: BackupSummary; plan: Plan }> {
      return serial(id, async () => {
        const gen = await read(id, seq)
        if (!gen || gen.plan.id !== id) throw notFound(`no backup ${seq} of plan ${id}`)
        return {
          summary: { seq, savedAt: gen.savedAt, rev: gen.plan.rev, title: gen.plan.meta.title },
          plan: gen.plan,
        }
      })
    },

    /** The newest generation that still reads and validates, or null. */
    async newestGood(id: string): Promise<{ summary: BackupSummary; plan: Plan } | null> {
      const [first] = await this.list(id)
      return first ? this.get(id, first.seq) : null
    },
  }
}

export type BackupStore = ReturnType<typeof createBackupStore>
