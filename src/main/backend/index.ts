import { realFs, type Fs } from './store/fsFacade'
import { openDataDir } from './store/openDataDir'
import { openLibrary } from './store/library'
import { PlanPaths } from './plans/planPaths'
import { createPlanStore } from './plans/planStore'
import { createAssetStore } from './assets/assetStore'
import { createSettingsStore } from './settingsStore'
import { createTemplateStore } from './templates/templateStore'
import { createCatalogueStore } from './catalogues/store'
import { createYearWheelStore } from './yearWheels/store'
import { createFundProfileStore } from './fundProfiles/store'
import { createBackupStore } from './backups/backupStore'
import { createVersionStore } from './versions/versionStore'
import { createTrashStore } from './trash/trashStore'
import { createRotatingLog, type RotatingLog } from './log/rotatingLog'
import { logDirOf } from './log/logDir'
import { createMeetingStore } from './meeting/meetingStore'
import { createMeetingService, type MeetingServiceOptions } from './meeting/meetingService'

export type BackendOptions = {
  dataDir: string
  /** The folder holding templates/ and catalogues/ (the app's resources). */
  resourcesDir: string
  /** Tests swap single calls for failing ones; everything else uses node:fs. */
  fs?: Fs
  /** Tests set the clock and the backup interval; the app uses Date.now and one minute. */
  backups?: { now?: () => number; intervalMs?: number }
  /** The shell opens the log before the backend (to log a failed start); elsewhere the backend opens it. */
  log?: RotatingLog
  /** Tests shorten the meeting server's deadlines and name its network interfaces. */
  meeting?: Omit<MeetingServiceOptions, 'store'>
}

/**
 * The whole backend, free of Electron: Electron's main process and the e2e harness both build one
 * on a data folder and hand it to createHandlers. Refuses a data folder another process holds.
 */
export async function createBackend(opts: BackendOptions) {
  const dataDir = opts.dataDir
  const opened = await openDataDir(opts.fs ?? realFs, dataDir)
  const { fs, lock, readOnly, notices } = opened
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
    const trash = createTrashStore({ fs, paths, exclusive: plans.exclusive })
    const meetings = createMeetingService({ store: createMeetingStore(fs, dataDir), ...opts.meeting })
    return {
      dataDir,
      /** The data folder could not be written: everything reads, nothing inside it is written. */
      readOnly,
      /** What the start found wrong in the data folder and how it coped (shown via app.info). */
      startup: notices,
      resourcesDir: opts.resourcesDir,
      plans,
      assets,
      /** Rolling generations and named versions of every plan (backups/<id>/). */
      backups,
      versions,
      /** Deleted plans in trash/: the Papirkurv. */
      trash,
      /** The citizens' meeting (borgermøde): its record beside the plan and the phones' server. */
      meetings,
      fs,
      /** logs/ in the data folder: what went wrong, for a helper (Indstillinger > Gem fejlrapport). */
      log: opts.log ?? createRotatingLog({ dir: logDirOf(dataDir) }),
      settings: createSettingsStore(library),
      templates: createTemplateStore(fs, opts.resourcesDir),
      catalogues: createCatalogueStore({ dataDir, resourcesDir: opts.resourcesDir, fs }),
      /** The municipalities' year wheels (årshjul), shipped and the user's own. */
      yearWheels: createYearWheelStore({ dataDir, resourcesDir: opts.resourcesDir, fs }),
      /** Funds' published terms (fondsprofiler), shipped and the user's own. */
      fundProfiles: createFundProfileStore({ dataDir, resourcesDir: opts.resourcesDir, fs }),
      /** For the Electron asset protocol and the e2e harness's server. */
      resolveAssetPath: assets.resolveAssetPath,
      /** For the Word export. */
      readAsset: assets.readAsset,
      /** For other parts of the backend (e.g. setting meta.catalogue); bumps rev. */
      updateMeta: plans.updateMeta,
      /** Releases the data folder; a "restart" in tests is close() then a new createBackend. */
      close: async () => {
        // The phones' server stops with the backend, and the meeting's last second reaches disk.
        await meetings.close().catch((err) => console.warn('[meeting] close failed:', err))
        // The last save's backup generation may still be waiting for its minute to pass.
        await backups.close().catch((err) => console.warn('[backups] flush on close failed:', err))
        await plans.flush()
        await lock.release()
      },
    }
  } catch (err) {
    await lock.release()
    throw err
  }
}

export type Backend = Awaited<ReturnType<typeof createBackend>>
