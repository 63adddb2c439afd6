import { join } from 'node:path'
import type { Fs } from './fsFacade'
import { errnoCode } from './fsFacade'
import { AppError } from '../../../shared/model/errors'
import { toIoError } from './ioError'

/** Folders this process holds, so a second backend in the same process is refused too. */
const heldHere = new Set<string>()

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0)
    return true
  } catch (err) {
    // EPERM: the process exists but belongs to someone else; it is still alive.
    return errnoCode(err) === 'EPERM'
  }
}

export type DataDirLock = { release(): Promise<void> }

/**
 * Only one writer per data folder: two writers would each believe their rev is current and the
 * later save would silently undo the earlier one. The lock file holds the owner's pid; a lock
 * whose process is gone (a crash, a power cut) is taken over.
 */
export async function acquireDataDirLock(fs: Fs, dataDir: string): Promise<DataDirLock> {
  const path = join(dataDir, '.lock')
  if (heldHere.has(path))
    throw new AppError('file-locked', `data folder already open in this process: ${dataDir}`)
  for (let attempt = 0; attempt < 3; attempt++) {
    try {
      await fs.writeFile(path, String(process.pid), { flag: 'wx' })
      heldHere.add(path)
      return { release: () => release(fs, path) }
    } catch (err) {
      if (errnoCode(err) !== 'EEXIST') throw toIoError(err, 'creating the data folder lock')
    }
    const owner = Number((await fs.readFile(path, 'utf8').catch(() => '')).trim())
    const stale = !Number.isInteger(owner) || owner <= 0 || owner === process.pid || !isAlive(owner)
    if (!stale) throw new AppError('file-locked', `data folder is in use by process ${owner}: ${dataDir}`)
    await fs.unlink(path).catch(() => undefined)
  }
  throw new AppError('file-locked', `could not take the data folder lock: ${dataDir}`)
}

async function release(fs: Fs, path: string): Promise<void> {
  if (!heldHere.delete(path)) return
  await fs.unlink(path).catch(() => undefined)
}
