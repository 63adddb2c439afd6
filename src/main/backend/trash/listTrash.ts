import type { TrashEntry } from '../../../shared/model/trash'
import type { Fs } from '../store/fsFacade'
import { errnoCode } from '../store/fsFacade'
import { toIoError } from '../store/ioError'
import { readTrashEntry } from './readTrashEntry'
import { TRASH_PARTS } from './trashNames'

/** Names in trash/, or none when there is no trash folder yet (nothing was ever deleted). */
export async function trashNames(fs: Fs, trashDir: string): Promise<string[]> {
  try {
    return await fs.readdir(trashDir)
  } catch (err) {
    if (errnoCode(err) === 'ENOENT') return []
    throw toIoError(err, 'listing the trash')
  }
}

/**
 * Every deleted plan in trash/, newest deletion first. Each `.json` there is one entry; the folders
 * beside it (`.assets`, `.backups`) are its parts, not entries of their own.
 */
export async function listTrash(fs: Fs, trashDir: string): Promise<TrashEntry[]> {
  const files = (await trashNames(fs, trashDir)).filter((n) => n.endsWith(TRASH_PARTS.file))
  const entries: TrashEntry[] = []
  for (const name of files) {
    const entry = await readTrashEntry(fs, trashDir, name)
    if (entry) entries.push(entry)
  }
  // Unknown times last; ISO strings of one format sort as text.
  return entries.sort((a, b) => (b.deletedAt ?? '').localeCompare(a.deletedAt ?? ''))
}
