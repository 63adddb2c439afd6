import type { Fs } from '../store/fsFacade'
import { joinInside } from '../store/insidePath'
import { toIoError } from '../store/ioError'
import { trashNames } from './listTrash'
import { TRASH_PARTS } from './trashNames'

/**
 * Deletes everything in trash/ for good, and nothing outside it: each name the folder holds is
 * joined under it through joinInside. An entry's file goes after its images and backups, so an
 * entry that could not be deleted whole (a file held open) is still listed and can be tried
 * again, never left as parts the list no longer shows. Returns how many plans were deleted.
 */
export async function emptyTrash(fs: Fs, trashDir: string): Promise<{ removed: number }> {
  const names = await trashNames(fs, trashDir)
  const isFile = (n: string) => n.endsWith(TRASH_PARTS.file)
  let removed = 0
  for (const name of [...names.filter((n) => !isFile(n)), ...names.filter(isFile)]) {
    try {
      await fs.rm(joinInside(trashDir, name), { recursive: true, force: true })
    } catch (err) {
      throw toIoError(err, `emptying the trash (${name})`)
    }
    if (isFile(name)) removed++
  }
  return { removed }
}
