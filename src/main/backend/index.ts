import type { StartupNotice } from '../../shared/model/startupNotice'
import { realFs, type Fs } from './store/fsFacade'
import { openDataDir } from './store/openDataDir'
import { openLibrary } from './store/library'
import { PlanPaths } from './plans/planPaths'
import { createPlanStore, type PlanStore } from './plans/planStore'
import { createAssetStore, type AssetStore } from './assets/assetStore'
import { createSettingsStore, type SettingsStore } from './settingsStore'
import { createTemplateStore, type TemplateStore } from './templates/templateStore'
import { createCatalogueStore, type CatalogueStore } from './catalogues/store'
import { createYearWheelStore, type YearWheelStore } from './yearWheels/store'
import { createYearlyStatusStore, type YearlyStatusStore } from './yearlyStatus/notesStore'
import { createBackupStore, type BackupStore } from './backups/backupStore'
import { createVersionStore, type VersionStore } from './versions/versionStore'
import { createTrashStore, type TrashStore } from './trash/trashStore'
import { createReviews, type Reviews } from './reviews'
import { createFundProfileStore, type FundProfileStore } from './fundProfiles/store'
import { createRotatingLog, type RotatingLog } from './log/rotatingLog'
import { logDirOf } from './log/logDir'
import { createMeetingStore } from './meeting/meetingStore'
import {
  createMeetingService,
  type MeetingService,
  type MeetingServiceOptions,
} from './meeting/meetingService'
import { createOverviewStore, type OverviewStore } from './overview/overviewStore'
import { runDocxTask } from './import/worker/runDocxTask'

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

/** The data folder as the start found it. */
export type DataFolder = {
  /** Its path (shown in Indstillinger, via app.info). */
  dir: string
  /** The folder could not be written: everything reads, nothing inside it is written. */
  readOnly: boolean
  /** What the start found wrong in it and how it coped (shown via app.info). */
  startup: StartupNotice[]
  /** Where each plan's file, folder and images live inside it. */
  paths: PlanPaths
}

/**
 * Every service of the backend, each built once in createBackend. A handler file (src/main/handlers/)
 * and a backend function that spans several stores take a Pick of this type naming the ones they use.
 */
export type Services = {
  dataFolder: DataFolder
  /** The file system every store reads and writes through (refusing writes in a read-only data
   * folder); handlers also write the files the user chose in a dialog through it. */
  fs: Fs
  /** The plans: list, open, save, rename, delete, the meta patches. */
  plans: PlanStore
  /** The plans' images (plans/<id>/assets/). */
  assets: AssetStore
  /** Rolling generations of every plan (backups/<id>/). */
  backups: BackupStore
  /** Named versions of every plan. */
  versions: VersionStore
  /** Deleted plans in trash/: the Papirkurv. */
  trash: TrashStore
  /** The consultant's comments read back from a returned Word file. */
  reviews: Reviews
  /** The citizens' meeting (borgermøde): its record beside the plan and the phones' server. */
  meetings: MeetingService
  /** logs/ in the data folder: what went wrong, for a helper (Indstillinger > Gem fejlrapport). */
  log: RotatingLog
  settings: SettingsStore
  templates: TemplateStore
  catalogues: CatalogueStore
  /** The municipalities' year wheels (årshjul), shipped and the user's own. */
  yearWheels: YearWheelStore
  /** Årlig status: a comment per initiative, beside the plan (plans/<id>/yearly-status.json). */
  yearlyStatus: YearlyStatusStore
  /** The consultant's overview of other councils' plans (overview/), apart from plans/. */
  overview: OverviewStore
  /** Funds' published terms (fondsprofiler), shipped and the user's own. */
  fundProfiles: FundProfileStore
}

/** The services and the one way to let go of the data folder. */
export type Backend = Services & {
  /** Releases the data folder; a "restart" in tests is close() then a new createBackend. */
  close(): Promise<void>
}

/**
 * The composition root of the backend, free of Electron: Electron's main process and the e2e harness
 * both build one on a data folder and hand it to createHandlers. Every service is built here, once,
 * from the few others it needs. Refuses a data folder another process holds.
 */
export async function createBackend(opts: BackendOptions): Promise<Backend> {
  const { dataDir, resourcesDir } = opts
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
    const overview = createOverviewStore({ fs, dataDir, readWord: (bytes) => runDocxTask('readDocx', bytes) })
    const meetings = createMeetingService({ store: createMeetingStore(fs, dataDir), ...opts.meeting })
    return {
      dataFolder: { dir: dataDir, readOnly, startup: notices, paths },
      fs,
      plans,
      assets: createAssetStore({ fs, paths, plans }),
      backups,
      versions,
      trash: createTrashStore({ fs, paths, exclusive: plans.exclusive }),
      reviews: createReviews({ fs, dataDir, plans }),
      meetings,
      log: opts.log ?? createRotatingLog({ dir: logDirOf(dataDir) }),
      settings: createSettingsStore(library),
      templates: createTemplateStore(fs, resourcesDir),
      catalogues: createCatalogueStore({ dataDir, resourcesDir, fs }),
      yearWheels: createYearWheelStore({ dataDir, resourcesDir, fs }),
      yearlyStatus: createYearlyStatusStore(fs, dataDir),
      overview,
      fundProfiles: createFundProfileStore({ dataDir, resourcesDir, fs }),
      close: async () => {
        // The phones' server stops with the backend, and the meeting's last second reaches disk.
        await meetings.close().catch((err) => console.warn('[meeting] close failed:', err))
        // The last save's backup generation may still be waiting for its minute to pass.
        await backups.close().catch((err) => console.warn('[backups] flush on close failed:', err))
        await overview.flush()
        await plans.flush()
        await lock.release()
      },
    }
  } catch (err) {
    await lock.release()
    throw err
  }
}
