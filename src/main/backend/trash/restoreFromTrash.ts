import { dirname } from 'node:path'
import { AppError } from '../../../shared/model/errors'
import type { Fs } from '../store/fsFacade'
import { exists } from '../store/fsFacade'
import { toIoError } from '../store/ioError'
import { moveTogether, type Move } from '../store/moveTogether'
import type { PlanPaths } from '../plans/planPaths'
import { trashParts } from './trashNames'
import { readTrashedPlan, type TrashedPlanFile } from './readTrashedPlan'

type Deps = {
  fs: Fs
  paths: PlanPaths
  /** The plan store's queue for one id, so no import, save or delete of that id runs beside it. */
  exclusive: <T>(id: string, task: () => Promise<T>) => Promise<T>
}

/**
 * Puts a deleted plan back together: its backups and named versions, its images and reviews, and
 * last its file, so the plan appears in the list only once all it owns is in place. All or none:
 * should a move fail, the parts moved already go back to the trash (store/moveTogether.ts).
 *
 * When anything of that id is here now (the same plan imported again from a plan file, or a plan
 * set aside with its images or backups), the restore is refused with 'trash-id-taken' rather than
 * made a copy under a new id: a copy would have to rewrite every backup and version file (each
 * names its plan's id), which is no longer a few renames that can be undone, and merging two
 * plans' backups would mix their histories. The user can delete the other one first, and then
 * both are in the Papirkurv.
 */
export async function restoreFromTrash(deps: Deps, trashId: string): Promise<TrashedPlanFile> {
  const { fs, paths } = deps
  const parts = trashParts(paths.trashDir, trashId)
  const found = await readTrashedPlan(fs, parts.file)
  const id = found.planId
  return deps.exclusive(id, async () => {
    await refuseIfTaken(fs, paths, id)
    const moves: Move[] = []
    if (await present(fs, parts.backups)) moves.push({ from: parts.backups, to: paths.backupsDir(id) })
    if (await present(fs, parts.assets)) moves.push({ from: parts.assets, to: paths.folder(id) })
    moves.push({ from: parts.file, to: paths.file(id) })
    try {
      // The folders the parts go into; each part's own folder is made by its rename.
      for (const { to } of moves) await fs.mkdir(dirname(to), { recursive: true })
    } catch (err) {
      throw toIoError(err, 'preparing the plans and backups folders')
    }
    await moveTogether(fs, moves, `restoring ${trashId}`)
    console.info(`[trash] ${trashId} restored as plan ${id}`)
    return found
  })
}

async function present(fs: Fs, path: string): Promise<boolean> {
  try {
    return await exists(fs, path)
  } catch (err) {
    throw toIoError(err, `looking for ${path}`)
  }
}

/** Anything of that id in plans/ or backups/: a restore would overwrite it or inherit it. */
async function refuseIfTaken(fs: Fs, paths: PlanPaths, id: string): Promise<void> {
  for (const path of [paths.file(id), paths.folder(id), paths.backupsDir(id)]) {
    if (await present(fs, path))
      throw new AppError('invalid-file', `cannot restore plan ${id}: ${path} exists`, {
        reason: 'trash-id-taken',
      })
  }
}
