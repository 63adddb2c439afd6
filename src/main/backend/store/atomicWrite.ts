import { randomBytes } from 'node:crypto'
import { basename, dirname, join } from 'node:path'
import type { Fs } from './fsFacade'
import { toIoError } from './ioError'
import { renameWithRetry } from './renameWithRetry'
import { AppError } from '../../../shared/model/errors'

/**
 * Writes a file so that a crash, a full disk or a pulled power cord leaves either the old file or
 * the new one, never half of either: a unique temp file beside the target, fsync, rename over the
 * target, fsync the folder so the rename itself survives a power cut. On failure the temp file goes
 * and the old file stays.
 */
export async function writeFileAtomic(fs: Fs, target: string, data: string | Uint8Array): Promise<void> {
  const dir = dirname(target)
  const tmp = join(dir, `${basename(target)}.${randomBytes(6).toString('hex')}.tmp`)
  // Which step failed tells a locked target (rename refused) from an unwritable folder (temp refused).
  let stage: 'temp' | 'rename' = 'temp'
  try {
    const handle = await fs.open(tmp, 'wx')
    try {
      await handle.writeFile(data)
      await handle.sync()
    } finally {
      await handle.close()
    }
    stage = 'rename'
    await renameWithRetry(fs, tmp, target)
  } catch (err) {
    await fs.unlink(tmp).catch(() => undefined)
    const e = toIoError(err, `writing ${basename(target)}`)
    throw new AppError(e.code, e.message, { ...(e.details as object | undefined), stage })
  }
  await syncFolder(fs, dir)
}

/**
 * Windows cannot open a folder for fsync (and NTFS journals the rename anyway), so it is skipped
 * there. A failure here is not reported as a failed save: the new file is already in place.
 */
async function syncFolder(fs: Fs, dir: string): Promise<void> {
  if (process.platform === 'win32') return
  try {
    const handle = await fs.open(dir, 'r')
    try {
      await handle.sync()
    } finally {
      await handle.close()
    }
  } catch {
    // best effort, see above
  }
}
