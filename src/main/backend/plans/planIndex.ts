import { runInBackground } from '../../../shared/async/runInBackground'
import { z } from 'zod'
import { PlanSummary } from '../../../shared/model/plan'
import { PlanId } from '../../../shared/model/ids'
import { writeFileAtomic } from '../store/atomicWrite'
import type { Fs } from '../store/fsFacade'
import { errnoCode } from '../store/fsFacade'

/**
 * What identifies one version of a plan file on disk: size, modification and change time in
 * nanoseconds, and inode. Every save writes a new file (temp + rename), so each save gives a new
 * inode and a later time; a file put back by hand or from the trash has a new change time. Equal
 * keys mean the same file as far as the disk can tell.
 */
export type FileKey = string

/** The key of the file at `path`, or null when there is no file there. */
export async function fileKey(fs: Fs, path: string): Promise<FileKey | null> {
  try {
    const s = await fs.stat(path, { bigint: true })
    return `${s.size}:${s.mtimeNs}:${s.ctimeNs}:${s.ino}`
  } catch (err) {
    if (errnoCode(err) === 'ENOENT') return null
    throw err
  }
}

const IndexFile = z.object({
  version: z.literal(1),
  plans: z.record(PlanId, z.object({ file: z.string(), summary: PlanSummary })),
})
type IndexFile = z.infer<typeof IndexFile>
type Entry = IndexFile['plans'][string]

type Deps = { fs: Fs; path: string }

/**
 * plans-index.json: each plan's summary for the home list, with the key of the plan file it was
 * read from. It is a cache and never the truth: a summary is only handed out for a plan file whose
 * key is the one recorded, so a plan saved after the index was written (a crash between the two
 * writes, a failed index write, a file copied in by hand) is read again, never shown with its old
 * title. The plans listed come from plans/ itself, so the index cannot hide a plan either.
 * An index that is missing, unreadable or of another shape counts as empty and is rebuilt.
 * Written behind the saves (a save never waits for it) and flushed on close.
 */
export function createPlanIndex({ fs, path }: Deps) {
  type Entries = Map<string, Entry>
  /** null until the file was read; changes made before that wait in `pending`, in order. */
  let entries: Entries | null = null
  const pending: ((m: Entries) => void)[] = []
  let loading: Promise<Entries> | null = null
  let writing: Promise<void> | null = null
  let dirty = false
  let warned = false

  async function readFromDisk(): Promise<Entries> {
    const found: Entries = new Map()
    try {
      const parsed = IndexFile.safeParse(safeJson((await fs.readFile(path)).toString('utf8')))
      if (parsed.success) for (const [id, e] of Object.entries(parsed.data.plans)) found.set(id, e)
      else console.warn(`[store] ${path} is not a plan index this version reads; it is rebuilt`)
    } catch (err) {
      if (errnoCode(err) !== 'ENOENT') console.warn(`[store] ${path} could not be read; it is rebuilt:`, err)
    }
    for (const change of pending.splice(0)) change(found)
    entries = found
    return found
  }

  function ready(): Promise<Entries> {
    loading ??= readFromDisk()
    return loading
  }

  function change(fn: (m: Entries) => boolean): void {
    if (!entries) {
      pending.push((m) => void fn(m))
      runInBackground(ready(), (err) => console.warn('[store] reading the plan index failed:', err))
    } else if (!fn(entries)) return
    dirty = true
    writing ??= (async () => {
      const all = await ready()
      while (dirty) {
        dirty = false
        const body: IndexFile = { version: 1, plans: Object.fromEntries(all) }
        try {
          await writeFileAtomic(fs, path, JSON.stringify(body))
        } catch (err) {
          // The plans are saved; only the next start pays for reading them again. Said once a session.
          if (!warned) console.warn('[store] the plan index could not be written:', err)
          warned = true
        }
      }
    })().finally(() => (writing = null))
  }

  return {
    /** The summary recorded for the plan file with this key, or null (read the plan instead). */
    async lookup(id: string, key: FileKey): Promise<PlanSummary | null> {
      const e = (await ready()).get(id)
      return e && e.file === key && e.summary.id === id ? e.summary : null
    },
    /** Records what the file with this key holds: the caller has just read or written that file. */
    remember(id: string, key: FileKey, summary: PlanSummary): void {
      change((m) => {
        const e = m.get(id)
        if (e && e.file === key && sameSummary(e.summary, summary)) return false
        m.set(id, { file: key, summary })
        return true
      })
    },
    forget(id: string): void {
      change((m) => m.delete(id))
    },
    /** Keeps only the ids given (the plan files there are), dropping what a delete left behind. */
    keepOnly(ids: ReadonlySet<string>): void {
      change((m) => {
        const gone = [...m.keys()].filter((id) => !ids.has(id))
        for (const id of gone) m.delete(id)
        return gone.length > 0
      })
    },
    /** Waits until the index is on disk (or its write has failed and been logged). */
    async flush(): Promise<void> {
      while (writing) await writing
    },
  }
}

export type PlanIndex = ReturnType<typeof createPlanIndex>

function safeJson(raw: string): unknown {
  try {
    return JSON.parse(raw)
  } catch {
    return null
  }
}

const sameSummary = (a: PlanSummary, b: PlanSummary) =>
  a.title === b.title &&
  a.council === b.council &&
  a.municipality === b.municipality &&
  a.updatedAt === b.updatedAt &&
  a.rev === b.rev
