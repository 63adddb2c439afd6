import { joinInside } from '../store/insidePath'
import type { Fs } from '../store/fsFacade'
import { exists } from '../store/fsFacade'
import { fileStamp } from '../store/moveAside'
import { toIoError } from '../store/ioError'
import type { PlanPaths } from './planPaths'
import { TRASH_PARTS } from '../trash/trashNames'

/** Moves `backups/<id>/` (generations and named versions) to `to`; false when there is none. */
export type MoveBackups = (id: string, to: string) => Promise<boolean>

/**
 * Moves a deleted plan to `trash/` whole: its file (`<id>.<stamp>.json`), its images and reviews
 * (`.assets`), and its backups and named versions (`.backups`), all under one name, so they can be
 * put back together and a later plan that happens to get the same id inherits none of them.
 * The plan file goes first: once it is gone the plan is deleted, whatever follows.
 */
export async function movePlanToTrash(
  fs: Fs,
  paths: PlanPaths,
  id: string,
  moveBackups?: MoveBackups,
): Promise<string> {
  const base = await freeBase(fs, paths.trashDir, id)
  await move(fs, paths.file(id), base + TRASH_PARTS.file)
  if (await exists(fs, paths.folder(id))) await move(fs, paths.folder(id), base + TRASH_PARTS.assets)
  await moveBackups?.(id, base + TRASH_PARTS.backups)
  return base + TRASH_PARTS.file
}

const PARTS = Object.values(TRASH_PARTS)

/** `trash/<id>.<stamp>[-n]` with none of its parts taken, so nothing trashed before is overwritten. */
async function freeBase(fs: Fs, dir: string, id: string): Promise<string> {
  try {
    await fs.mkdir(dir, { recursive: true })
    const stamp = fileStamp()
    for (let n = 0; ; n++) {
      const base = joinInside(dir, `${id}.${stamp}${n ? `-${n}` : ''}`)
      const taken = await Promise.all(PARTS.map((ext) => exists(fs, base + ext)))
      if (!taken.includes(true)) return base
    }
  } catch (err) {
    throw toIoError(err, 'preparing the trash folder')
  }
}

async function move(fs: Fs, from: string, to: string): Promise<void> {
  try {
    await fs.rename(from, to)
  } catch (err) {
    throw toIoError(err, `moving ${from} to the trash`)
  }
}
