import { join } from 'node:path'
import { PlanId } from '../../../shared/model/ids'
import type { Plan } from '../../../shared/model/plan'
import type { BackupSummary } from '../../../shared/model/versions'
import type { Fs } from '../store/fsFacade'
import { writeFileAtomic } from '../store/atomicWrite'
import { keyedQueue } from '../plans/keyedQueue'
import { generationsToKeep } from './thinning'
import { GenerationFile, listNames, notFound, readSnapshot } from './snapshotFiles'

export const BACKUP_INTERVAL_MS = 60_000
const GEN_FILE = /^g-([0-9]{10})\.json$/

type Deps = { fs: Fs; dataDir: string; now?: () => number; intervalMs?: number }
type PlanState = { lastWrittenAt: number; pending: Readonly<Plan> | null; timer: NodeJS.Timeout | null }

/**
 * Rolling backups of every plan under `<dataDir>/backups/<id>/g-<seq>.json`. Autosave saves every
 * few seconds, so a generation is written at most once a minute per plan; the newest state inside
 * that minute waits on a timer and is written when it runs out or when the backend closes, so the
 * last save always has a backup too.
 */
export function createBackupStore({ fs, dataDir, now = Date.now, intervalMs = BACKUP_INTERVAL_MS }: Deps) {
  const states = new Map<string, PlanState>()
  const serial = keyedQueue()
  // Writes under way, so closing can wait for them: the data folder's lock must not be let go
  // while a generation is half written, and nothing is written after the backend closed.
  const running = new Set<Promise<void>>()
  let closed = false
  const dirOf = (id: string) => join(dataDir, 'backups', PlanId.parse(id))

  async function seqs(id: string): Promise<number[]> {
    const names = await listNames(fs, dirOf(id))
    return names.flatMap((n) => {
      const m = GEN_FILE.exec(n)
      return m ? [Number(m[1])] : []
    })
  }

  function write(plan: Readonly<Plan>): Promise<void> {
    const task = serial(plan.id, async () => {
      const dir = dirOf(plan.id)
      await fs.mkdir(dir, { recursive: true })
      const existing = await seqs(plan.id)
      const seq = Math.max(0, ...existing) + 1
      const gen: GenerationFile = { kind: 'backup', seq, savedAt: new Date(now()).toISOString(), plan }
      await writeFileAtomic(fs, join(dir, fileName(seq)), JSON.stringify(gen))
      await thin(plan.id, [...existing, seq])
    })
    running.add(task)
    void task.finally(() => running.delete(task)).catch(() => undefined)
    return task
  }

  async function thin(id: string, all: number[]): Promise<void> {
    const stamps = []
    for (const seq of all) {
      const gen = await readSnapshot(fs, join(dirOf(id), fileName(seq)), GenerationFile)
      // An unreadable generation is dropped from the stamps and so deleted below.
      if (gen) stamps.push({ seq, savedAt: gen.savedAt })
    }
    const keep = generationsToKeep(stamps, now())
    for (const seq of all) {
      if (!keep.has(seq)) await fs.unlink(join(dirOf(id), fileName(seq))).catch(() => undefined)
    }
  }

  function stateOf(id: string): PlanState {
    let s = states.get(id)
    if (!s) states.set(id, (s = { lastWrittenAt: -Infinity, pending: null, timer: null }))
    return s
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

  return {
    /**
     * Called after every successful save. `force` writes at once (before a restore replaces it).
     * The plan is kept as given, not copied (a copy of a 100-page plan costs ~7 ms on every save):
     * the store never changes a committed plan, it builds a new one for each change, and a forced
     * record is written before this resolves. A caller must not change `plan` afterwards.
     */
    async record(plan: Readonly<Plan>, opts: { force?: boolean } = {}): Promise<void> {
      if (closed) return
      const s = stateOf(plan.id)
      s.pending = plan
      const elapsed = now() - s.lastWrittenAt
      if (opts.force || elapsed >= intervalMs) return writePending(plan.id)
      if (!s.timer) {
        s.timer = setTimeout(() => {
          writePending(plan.id).catch((err) => console.warn(`[backups] plan ${plan.id}:`, err))
        }, intervalMs - elapsed)
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

    /** Readable generations of a plan, newest first (also for a plan whose file was moved aside). */
    async list(id: string): Promise<BackupSummary[]> {
      const out: BackupSummary[] = []
      for (const seq of (await seqs(id)).sort((a, b) => b - a)) {
        const gen = await readSnapshot(fs, join(dirOf(id), fileName(seq)), GenerationFile)
        if (gen) out.push({ seq, savedAt: gen.savedAt, rev: gen.plan.rev, title: gen.plan.meta.title })
      }
      return out
    },

    async get(id: string, seq: number): Promise<{ summary: BackupSummary; plan: Plan }> {
      const gen = await readSnapshot(fs, join(dirOf(id), fileName(seq)), GenerationFile)
      if (!gen || gen.plan.id !== id) throw notFound(`no backup ${seq} of plan ${id}`)
      return {
        summary: { seq, savedAt: gen.savedAt, rev: gen.plan.rev, title: gen.plan.meta.title },
        plan: gen.plan,
      }
    },

    /** The newest generation that still reads and validates, or null. */
    async newestGood(id: string): Promise<{ summary: BackupSummary; plan: Plan } | null> {
      const [first] = await this.list(id)
      return first ? this.get(id, first.seq) : null
    },
  }
}

export type BackupStore = ReturnType<typeof createBackupStore>

const fileName = (seq: number) => `g-${String(seq).padStart(10, '0')}.json`
