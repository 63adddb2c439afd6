import { randomBytes } from 'node:crypto'
import { join } from 'node:path'
import type { Fs } from './fsFacade'
import { errnoCode } from './fsFacade'
import { AppError } from '../../../shared/model/errors'
import { toIoError } from './ioError'
import { HEARTBEAT_MS, isStale, parseLock, processStartId } from './lockOwner'

/** Folders this process holds, so a second backend in the same process is refused too. */
const heldHere = new Set<string>()
/** Write errors after which a lock file made with 'wx' may exist half-written: it is ours to remove. */
const HALF_WRITTEN = new Set(['ENOSPC', 'EDQUOT', 'EIO'])

export type DataDirLock = { release(): Promise<void> }

/**
 * Only one writer per data folder: two writers would each believe their rev is current and the
 * later save would silently undo the earlier one. The lock file names the owner by pid, the start
 * of that process and a random token, and is touched every HEARTBEAT_MS; a lock whose process is
 * gone, whose pid now names another process, or that nobody touches any more, is taken over.
 */
export async function acquireDataDirLock(fs: Fs, dataDir: string): Promise<DataDirLock> {
  const path = join(dataDir, '.lock')
  if (heldHere.has(path))
    throw new AppError('file-locked', `data folder already open in this process: ${dataDir}`)
  const token = randomBytes(8).toString('hex')
  const text = JSON.stringify({ pid: process.pid, start: await processStartId(process.pid), token })
  for (let attempt = 0; attempt < 3; attempt++) {
    try {
      await fs.writeFile(path, text, { flag: 'wx' })
      heldHere.add(path)
      return holding(fs, path, token)
    } catch (err) {
      if (errnoCode(err) !== 'EEXIST') {
        if (HALF_WRITTEN.has(errnoCode(err) ?? '')) await fs.unlink(path).catch(() => undefined)
        throw toIoError(err, 'creating the data folder lock')
      }
    }
    const found = await readLock(fs, path)
    if (!found) continue // removed meanwhile: try again
    if (!(await isStale(parseLock(found.text), found.age))) {
      throw new AppError(
        'file-locked',
        `data folder is in use by process ${found.text.slice(0, 80)}: ${dataDir}`,
      )
    }
    try {
      await fs.unlink(path)
    } catch (err) {
      // A stale lock on a folder that cannot be written: the caller opens it read-only.
      if (errnoCode(err) !== 'ENOENT') throw toIoError(err, 'removing the stale data folder lock')
    }
  }
  throw new AppError('file-locked', `could not take the data folder lock: ${dataDir}`)
}

/** The lock's text and how long ago it was last touched; null when it is gone. Never guesses. */
async function readLock(fs: Fs, path: string): Promise<{ text: string; age: number } | null> {
  try {
    const [text, stat] = await Promise.all([fs.readFile(path, 'utf8'), fs.stat(path)])
    return { text, age: Date.now() - stat.mtimeMs }
  } catch (err) {
    if (errnoCode(err) === 'ENOENT') return null
    throw toIoError(err, 'reading the data folder lock')
  }
}

function holding(fs: Fs, path: string, token: string): DataDirLock {
  const beat = setInterval(() => {
    const now = new Date()
    fs.utimes(path, now, now).catch((err) => console.warn('[store] data folder lock heartbeat failed:', err))
  }, HEARTBEAT_MS)
  beat.unref()
  return {
    async release() {
      clearInterval(beat)
      if (!heldHere.delete(path)) return
      // Only our own lock: after a takeover (we were thought gone) it is someone else's now.
      const text = await fs.readFile(path, 'utf8').catch(() => '')
      if (parseLock(text)?.token === token) await fs.unlink(path).catch(() => undefined)
    },
  }
}
