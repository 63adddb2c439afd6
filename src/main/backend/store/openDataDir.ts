import { join } from 'node:path'
import type { StartupNotice } from '../../../shared/model/startupNotice'
import { AppError } from '../../../shared/model/errors'
import { errnoCode, type Fs } from './fsFacade'
import { toIoError } from './ioError'
import { acquireDataDirLock, type DataDirLock } from './dataDirLock'
import { readOnlyFs, UNWRITABLE_ERRNOS } from './readOnlyFs'
import { moveAside } from './moveAside'
import { sweepTempFiles } from './sweepTempFiles'

export type OpenedDataDir = { fs: Fs; lock: DataDirLock; readOnly: boolean; notices: StartupNotice[] }

const unwritable = (err: unknown) =>
  UNWRITABLE_ERRNOS.has(errnoCode(err) ?? '') ||
  (err instanceof AppError && (err.code === 'read-only' || err.code === 'permission-denied'))
const full = (err: unknown) =>
  ['ENOSPC', 'EDQUOT'].includes(errnoCode(err) ?? '') || (err instanceof AppError && err.code === 'disk-full')

/**
 * Makes sure the data folder exists, takes its lock, and clears what a crash or another program
 * left in the way. A folder that cannot be written (a read-only disk, no permission, a full disk)
 * opens read-only instead of not at all: the user can still read and export their plans. Without
 * the lock there is no second writer to fear, and we write nothing. What was found is said in
 * `notices`; only a folder that is not there at all, or one another instance holds, is refused.
 */
export async function openDataDir(baseFs: Fs, dataDir: string): Promise<OpenedDataDir> {
  const notices: StartupNotice[] = []
  const asReadOnly = async (err: unknown): Promise<OpenedDataDir> => {
    if (full(err)) notices.push({ kind: 'disk-full' })
    console.warn(`[store] opening ${dataDir} read-only:`, err instanceof Error ? err.message : err)
    const fs = readOnlyFs(baseFs, dataDir)
    await checkPlansFolder(fs, dataDir, notices, false)
    return { fs, lock: { release: async () => {} }, readOnly: true, notices }
  }
  try {
    await baseFs.mkdir(dataDir, { recursive: true })
  } catch (err) {
    if ((unwritable(err) || full(err)) && (await isFolder(baseFs, dataDir))) return asReadOnly(err)
    throw toIoError(err, `creating the data folder ${dataDir}`)
  }
  let lock: DataDirLock
  try {
    lock = await acquireDataDirLock(baseFs, dataDir)
  } catch (err) {
    if (unwritable(err) || full(err)) return asReadOnly(err)
    throw err
  }
  try {
    await checkPlansFolder(baseFs, dataDir, notices, true)
    await sweepTempFiles(baseFs, dataDir)
  } catch (err) {
    await lock.release()
    if (unwritable(err) || full(err)) return asReadOnly(err)
    throw err
  }
  return { fs: baseFs, lock, readOnly: false, notices }
}

/**
 * plans/ must be a folder. A file in its place (a sync client's conflict copy, a mistake by hand)
 * would refuse every plan: it is set aside into quarantine/ like a bad plan file and the folder
 * made; where nothing can be moved it is left there and reported, and the list is empty.
 */
async function checkPlansFolder(fs: Fs, dataDir: string, notices: StartupNotice[], writable: boolean) {
  const path = join(dataDir, 'plans')
  let blocked: boolean
  try {
    blocked = !(await fs.stat(path)).isDirectory()
  } catch (err) {
    if (errnoCode(err) !== 'ENOENT') throw toIoError(err, `looking at ${path}`)
    blocked = false
  }
  if (blocked && !writable) {
    notices.push({ kind: 'plans-folder-blocked', path, movedTo: null })
    return
  }
  if (blocked) {
    const movedTo = await moveAside(fs, dataDir, path, 'plans', 'quarantine', '')
    console.warn(`[store] ${path} was not a folder; moved to ${movedTo}`)
    notices.push({ kind: 'plans-folder-blocked', path, movedTo })
  }
  if (writable) {
    try {
      await fs.mkdir(path, { recursive: true })
    } catch (err) {
      throw toIoError(err, `creating ${path}`)
    }
  }
}

async function isFolder(fs: Fs, path: string): Promise<boolean> {
  return fs.stat(path).then(
    (s) => s.isDirectory(),
    () => false,
  )
}
