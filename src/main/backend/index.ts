import { join } from 'node:path'
import { realFs, type Fs } from './store/fsFacade'
import { toIoError } from './store/ioError'
import { acquireDataDirLock, type DataDirLock } from './store/dataDirLock'
import { readOnlyFs, UNWRITABLE_ERRNOS } from './store/readOnlyFs'
import { errnoCode } from './store/fsFacade'
import { AppError } from '../../shared/model/errors'
import { openLibrary } from './store/library'
import { PlanPaths } from './plans/planPaths'
import { createPlanStore } from './plans/planStore'
import { createAssetStore } from './assets/assetStore'
import { createSettingsStore } from './settingsStore'
import { createTemplateStore } from './templates/templateStore'
import { createCatalogueStore } from './catalogues/store'
import { createBackupStore } from './backups/backupStore'
import { createVersionStore } from './versions/versionStore'

export type BackendOptions = {
  dataDir: string
  /** The folder holding templates/ and catalogues/ (the app's resources). */
  resourcesDir: string
  /** Tests swap single calls for failing ones; everything else uses node:fs. */
  fs?: Fs
  /** Tests set the clock and the backup interval; the app uses Date.now and one minute. */
  backups?: { now?: () => number; intervalMs?: number }
}

/**
 * The whole backend, free of Electron: Electron's main process and the e2e harness both build one
 * on a data folder and hand it to createHandlers. Refuses a data folder another process holds.
 */
export async function createBackend(opts: BackendOptions) {
  const dataDir = opts.dataDir
  const opened = await openDataDir(opts.fs ?? realFs, dataDir)
  const { fs, lock, readOnly } = opened
  try {
    const library = await openLibrary(fs, dataDir)
    const paths = new PlanPaths(dataDir)
    const backups = createBackupStore({ fs, dataDir, ...opts.backups })
    const versions = createVersionStore({ fs, dataDir, now: opts.backups?.now, queue: backups.queue })
    const plans = createPlanStore({
      fs,
      paths,
      library,
      onCommitted: (plan) => backups.record(plan),
      moveBackups: backups.moveToTrash,
    })
    const assets = createAssetStore({ fs, paths, plans })
    return {
      dataDir,
      /** The data folder could not be written: everything reads, nothing inside it is written. */
      readOnly,
      resourcesDir: opts.resourcesDir,
      plans,
      assets,
      /** Rolling generations and named versions of every plan (backups/<id>/). */
      backups,
      versions,
      fs,
      settings: createSettingsStore(library),
      templates: createTemplateStore(fs, opts.resourcesDir),
      catalogues: createCatalogueStore({ dataDir, resourcesDir: opts.resourcesDir, fs }),
      /** For the Electron asset protocol and the e2e harness's server. */
      resolveAssetPath: assets.resolveAssetPath,
      /** For the Word export. */
      readAsset: assets.readAsset,
      /** For other parts of the backend (e.g. setting meta.catalogue); bumps rev. */
      updateMeta: plans.updateMeta,
      /** Releases the data folder; a "restart" in tests is close() then a new createBackend. */
      close: async () => {
        // The last save's backup generation may still be waiting for its minute to pass.
        await backups.close().catch((err) => console.warn('[backups] flush on close failed:', err))
        await lock.release()
      },
    }
  } catch (err) {
    await lock.release()
    throw err
  }
}

/**
 * Makes sure the data folder exists and takes its lock. A folder that cannot be written (a
 * read-only disk, no permission) opens read-only instead of not at all: the user can still read
 * and export their plans. Without the lock there is no second writer to fear, and we write nothing.
 */
async function openDataDir(
  baseFs: Fs,
  dataDir: string,
): Promise<{ fs: Fs; lock: DataDirLock; readOnly: boolean }> {
  const unwritable = (err: unknown) =>
    UNWRITABLE_ERRNOS.has(errnoCode(err) ?? '') ||
    (err instanceof AppError && (err.code === 'read-only' || err.code === 'permission-denied'))
  const asReadOnly = () => ({
    fs: readOnlyFs(baseFs, dataDir),
    lock: { release: async () => {} },
    readOnly: true,
  })
  try {
    await baseFs.mkdir(join(dataDir, 'plans'), { recursive: true })
  } catch (err) {
    if (unwritable(err) && (await isFolder(baseFs, dataDir))) return asReadOnly()
    throw toIoError(err, `creating the data folder ${dataDir}`)
  }
  try {
    return { fs: baseFs, lock: await acquireDataDirLock(baseFs, dataDir), readOnly: false }
  } catch (err) {
    if (unwritable(err)) return asReadOnly()
    throw err
  }
}

async function isFolder(fs: Fs, path: string): Promise<boolean> {
  return fs.stat(path).then(
    (s) => s.isDirectory(),
    () => false,
  )
}

export type Backend = Awaited<ReturnType<typeof createBackend>>
