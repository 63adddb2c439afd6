import { AppError } from '../../../shared/model/errors'
import type { Fs } from '../store/fsFacade'
import { exists } from '../store/fsFacade'
import { writeFileAtomic } from '../store/atomicWrite'

/**
 * Writes a file that must not exist yet (a named version is never overwritten), atomically. The
 * check and the write run in the plan's queue and the data folder has one writer (its lock), so
 * nothing can take the name between them.
 */
export async function writeNewFile(fs: Fs, path: string, data: string): Promise<void> {
  if (await exists(fs, path))
    throw new AppError('invalid-input', `${path} exists already; it is never overwritten`)
  await writeFileAtomic(fs, path, data)
}
