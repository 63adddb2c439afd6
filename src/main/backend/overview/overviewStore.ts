import { randomUUID } from 'node:crypto'
import { basename, join } from 'node:path'
import { AppError } from '../../../shared/model/errors'
import {
  OVERVIEW_FORMAT_VERSION,
  OverviewCollectionFile,
  type OverviewEntry,
  type OverviewSkipped,
} from '../../../shared/model/overview'
import { initiativeChanges, planSkeleton } from '../../../shared/derive/overview'
import { writeFileAtomic } from '../store/atomicWrite'
import { errnoCode, type Fs } from '../store/fsFacade'
import { toIoError } from '../store/ioError'
import { moveAside } from '../store/moveAside'
import { PACKAGE_LIMITS } from '../packages/packageLimits'
import { readOverviewFile, type PlanFromFile, type ReadWord } from './readOverviewFile'

/** The overview's own folder in the data folder; the plans in plans/ are never read or written. */
export const OVERVIEW_DIR = 'overview'
const FILE = 'collection.json'

export type OverviewList = {
  entries: OverviewEntry[]
  /** The collection file could not be read at start and was moved aside to this path. */
  setAside: string | null
}

export type AddOutcome = {
  added: { entryId: string; title: string }[]
  replaced: { entryId: string; title: string }[]
  skipped: OverviewSkipped[]
}

const fold = (s: string) => s.trim().toLocaleLowerCase('da')

/** The same plan again: same plan id from the same council. Another council's plan with the same
 * id (a copied package, a shared template) is a plan of its own. */
const samePlan = (
  a: Pick<OverviewEntry, 'planId' | 'council'>,
  b: Pick<PlanFromFile, 'planId' | 'council'>,
) => a.planId === b.planId && fold(a.council) === fold(b.council)

function skippedOf(fileName: string, err: AppError): OverviewSkipped {
  const reason = (err.details as { reason?: unknown } | undefined)?.reason
  return { fileName, code: err.code, reason: typeof reason === 'string' ? reason : null }
}

/**
 * The consultant's collection of other councils' plans: one JSON file of entries (each a plan's
 * cover details and its skeleton, derived once when it is added), written atomically after each
 * change, one change at a time. A file that cannot be read is listed with its reason and the rest
 * go on; the plans' own files are never touched.
 */
export function createOverviewStore(deps: { fs: Fs; dataDir: string; readWord: ReadWord; now?: () => Date }) {
  const { fs, dataDir } = deps
  const dir = join(dataDir, OVERVIEW_DIR)
  const path = join(dir, FILE)
  const now = deps.now ?? (() => new Date())
  let loaded: Promise<OverviewList> | null = null
  let queue: Promise<unknown> = Promise.resolve()

  async function load(): Promise<OverviewList> {
    let text: string
    try {
      text = await fs.readFile(path, 'utf8')
    } catch (err) {
      if (errnoCode(err) === 'ENOENT') return { entries: [], setAside: null }
      throw toIoError(err, `reading ${FILE}`)
    }
    let parsed: ReturnType<typeof OverviewCollectionFile.safeParse> | null = null
    try {
      parsed = OverviewCollectionFile.safeParse(JSON.parse(text))
    } catch {
      // JSON.parse throws only on text that is not JSON: a damaged file, set aside below.
    }
    if (parsed?.success && parsed.data.formatVersion <= OVERVIEW_FORMAT_VERSION) {
      return { entries: parsed.data.entries as OverviewEntry[], setAside: null }
    }
    // Never read over: the damaged file is kept where a helper can find it, and the consultant told.
    const to = await moveAside(fs, dataDir, path, 'overview-collection')
    return { entries: [], setAside: to }
  }

  const state = () => (loaded ??= load())

  /** One change at a time; a failed write leaves the file and the list as they were. */
  function change<T>(fn: (list: OverviewList) => Promise<{ next: OverviewEntry[]; result: T }>): Promise<T> {
    const run = queue.then(async () => {
      const list = await state()
      const { next, result } = await fn(list)
      await fs.mkdir(dir, { recursive: true })
      const body: { formatVersion: number; entries: OverviewEntry[] } = {
        formatVersion: OVERVIEW_FORMAT_VERSION,
        entries: next,
      }
      await writeFileAtomic(fs, path, JSON.stringify(body))
      list.entries = next
      return result
    })
    queue = run.catch(() => undefined)
    return run
  }

  async function readChosen(file: string): Promise<Uint8Array> {
    try {
      const info = await fs.stat(file)
      if (!info.isFile())
        throw new AppError('invalid-file', `${file} is not a file`, { reason: 'overview-not-a-plan' })
      if (info.size > PACKAGE_LIMITS.maxFileBytes)
        throw new AppError('too-large', `${file} is ${info.size} bytes`, { reason: 'size' })
      return new Uint8Array(await fs.readFile(file))
    } catch (err) {
      if (err instanceof AppError) throw err
      if (errnoCode(err) === 'ENOENT')
        throw new AppError('not-found', `no file ${file}`, { reason: 'file-missing' })
      throw toIoError(err, `reading ${basename(file)}`)
    }
  }

  function entryOf(plan: PlanFromFile, fileName: string, entryId: string, previous: OverviewEntry | null) {
    const doc = planSkeleton(plan.doc)
    const entry: OverviewEntry = {
      entryId,
      planId: plan.planId,
      title: plan.title,
      council: plan.council,
      municipality: plan.municipality,
      kind: plan.kind,
      villages: plan.villages,
      versionLabel: plan.versionLabel,
      catalogue: plan.catalogue,
      doc,
      source: plan.source,
      fileName: fileName.slice(0, 300),
      planUpdatedAt: plan.planUpdatedAt.slice(0, 40),
      addedAt: now().toISOString(),
      changes: previous
        ? { previousAddedAt: previous.addedAt, blocks: initiativeChanges(previous.doc, doc) }
        : null,
    }
    return entry
  }

  return {
    list: state,

    /** Adds the files in the order given; a new version of a plan already here replaces it. */
    addFiles(files: string[]): Promise<AddOutcome> {
      return change(async (list) => {
        const next = [...list.entries]
        const out: AddOutcome = { added: [], replaced: [], skipped: [] }
        for (const file of files) {
          const fileName = basename(file)
          let plan: PlanFromFile
          try {
            plan = await readOverviewFile(await readChosen(file), fileName, deps.readWord)
          } catch (err) {
            // Every refusal of a reader is an AppError with its reason; anything else is a fault.
            if (!(err instanceof AppError)) throw err
            out.skipped.push(skippedOf(fileName, err))
            continue
          }
          const at = next.findIndex((e) => samePlan(e, plan))
          if (at >= 0) {
            const entry = entryOf(plan, fileName, next[at].entryId, next[at])
            next[at] = entry
            out.replaced.push({ entryId: entry.entryId, title: entry.title })
          } else {
            const entry = entryOf(plan, fileName, randomUUID(), null)
            next.push(entry)
            out.added.push({ entryId: entry.entryId, title: entry.title })
          }
        }
        return { next, result: out }
      })
    },

    remove(entryId: string): Promise<void> {
      return change(async (list) => {
        if (!list.entries.some((e) => e.entryId === entryId))
          throw new AppError('not-found', `no overview entry ${entryId}`, {
            reason: 'overview-entry-missing',
          })
        return { next: list.entries.filter((e) => e.entryId !== entryId), result: undefined }
      })
    },

    /** Waits for the change under way (the backend's close). */
    flush: () => queue,
  }
}

export type OverviewStore = ReturnType<typeof createOverviewStore>
