import type { Plan } from '../../../shared/model/plan'
import type { VersionSummary } from '../../../shared/model/versions'
import type { Fs } from '../store/fsFacade'
import { keyedQueue } from '../plans/keyedQueue'
import { PlanPaths } from '../plans/planPaths'
import { joinInside } from '../store/insidePath'
import { VersionFile, listNames, notFound, readSnapshot } from '../backups/snapshotFiles'
import { VERSION_FILE, nextVersionId, versionNumber } from './versionIds'
import { writeNewFile } from './writeNewFile'

type Deps = {
  fs: Fs
  dataDir: string
  now?: () => number
  /** The backups' per-plan queue: a plan's delete moves this folder and must not race a version. */
  queue?: ReturnType<typeof keyedQueue>
}

/**
 * Named versions ("Sendt til kommunen 12. marts"): snapshots the user asked to keep, beside the
 * plan's backups in `<dataDir>/backups/<id>/versions/`. Never thinned, never overwritten.
 */
export function createVersionStore({ fs, dataDir, now = Date.now, queue }: Deps) {
  const serial = queue ?? keyedQueue()
  const paths = new PlanPaths(dataDir)
  const dirOf = (id: string) => paths.versionsDir(id)

  async function ids(planId: string): Promise<string[]> {
    const names = await listNames(fs, dirOf(planId))
    // By number, never as text: as text v-1000000 sorts before v-999999.
    return names
      .flatMap((n) => VERSION_FILE.exec(n)?.[1] ?? [])
      .sort((a, b) => versionNumber(a) - versionNumber(b))
  }

  const summaryOf = (v: VersionFile): VersionSummary => ({
    id: v.id,
    name: v.name,
    createdAt: v.createdAt,
    rev: v.plan.rev,
    title: v.plan.meta.title,
  })

  async function read(planId: string, id: string): Promise<VersionFile | null> {
    if (!VERSION_FILE.test(`${id}.json`)) return null
    const v = await readSnapshot(fs, joinInside(dirOf(planId), `${id}.json`), VersionFile)
    return v && v.id === id && v.plan.id === planId ? v : null
  }

  return {
    create(plan: Plan, name: string, createdAt?: string): Promise<VersionSummary> {
      return serial(plan.id, async () => {
        const id = nextVersionId(await ids(plan.id))
        const file: VersionFile = {
          kind: 'version',
          id,
          name,
          createdAt: createdAt ?? new Date(now()).toISOString(),
          plan: structuredClone(plan),
        }
        await fs.mkdir(dirOf(plan.id), { recursive: true })
        await writeNewFile(fs, joinInside(dirOf(plan.id), `${id}.json`), JSON.stringify(file))
        return summaryOf(file)
      })
    },

    /** Newest first; a version file that no longer validates is left out, not shown broken. */
    async list(planId: string): Promise<VersionSummary[]> {
      const out: VersionSummary[] = []
      for (const id of (await ids(planId)).reverse()) {
        const v = await read(planId, id)
        if (v) out.push(summaryOf(v))
      }
      return out
    },

    async get(planId: string, id: string): Promise<{ summary: VersionSummary; plan: Plan }> {
      const v = await read(planId, id)
      if (!v) throw notFound(`no version ${id} of plan ${planId}`)
      return { summary: summaryOf(v), plan: v.plan }
    },
  }
}

export type VersionStore = ReturnType<typeof createVersionStore>
