import type { YearWheel, YearWheelSummary } from '../../../shared/model/yearWheel'
import {
  MAX_YEAR_WHEEL_BYTES,
  checkYearWheel,
  invalidYearWheel,
  parseYearWheelFile,
  type YearWheelProblem,
} from '../../../shared/model/yearWheelValidation'
import {
  createVersionedDataFiles,
  type VersionedKind,
  type VersionedStoreOptions,
} from '../store/versionedDataFiles'

export type YearWheelStoreOptions = VersionedStoreOptions

const YEAR_WHEELS: VersionedKind<YearWheel, YearWheelProblem> = {
  folder: 'year-wheels',
  what: 'year wheel',
  maxBytes: MAX_YEAR_WHEEL_BYTES,
  check: (json) => {
    const check = checkYearWheel(json)
    return check.ok ? { ok: true, value: check.wheel } : check
  },
  parseFile: parseYearWheelFile,
  invalid: invalidYearWheel,
  problem: (path, problem) => ({ path, problem }),
}

const summarise = (w: YearWheel, builtIn: boolean): YearWheelSummary => ({
  id: w.id,
  municipality: w.municipality,
  title: w.title,
  version: w.version,
  eventCount: w.events.length,
  builtIn,
})

/**
 * Year wheels (årshjul), shipped and the user's own in `<dataDir>/year-wheels/`, by the same rules as
 * the focus-area catalogues (store/versionedDataFiles.ts): two cycles under one version number would
 * leave a council unable to tell which one it follows.
 */
export function createYearWheelStore(opts: YearWheelStoreOptions) {
  const files = createVersionedDataFiles(YEAR_WHEELS, opts)
  return {
    async list(): Promise<YearWheelSummary[]> {
      return (await files.all())
        .map(({ item, builtIn }) => summarise(item, builtIn))
        .sort(
          (a, b) =>
            a.municipality.localeCompare(b.municipality, 'da') || a.title.localeCompare(b.title, 'da'),
        )
    },
    /** Every wheel in the library, whole: the home screen's next deadline looks through all of them. */
    async all(): Promise<YearWheel[]> {
      return (await files.all()).map((w) => w.item)
    },
    get: files.get,
    save: files.save,
    delete: files.delete,
    exportTo: (id: string, path: string) => files.exportTo(id, path),
    async importFrom(path: string): Promise<YearWheel> {
      return (await files.importFrom(path)).item
    },
  }
}

export type YearWheelStore = ReturnType<typeof createYearWheelStore>
