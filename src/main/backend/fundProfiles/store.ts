import type { FundProfile, FundProfileSummary } from '../../../shared/model/fundProfile'
import {
  MAX_FUND_PROFILE_BYTES,
  checkFundProfile,
  invalidFundProfile,
  parseFundProfileFile,
  type FundProfileProblem,
} from '../../../shared/model/fundProfileValidation'
import {
  createVersionedDataFiles,
  type VersionedKind,
  type VersionedStoreOptions,
} from '../store/versionedDataFiles'

const FUND_PROFILES: VersionedKind<FundProfile, FundProfileProblem> = {
  folder: 'fund-profiles',
  what: 'fund profile',
  maxBytes: MAX_FUND_PROFILE_BYTES,
  check: (json) => {
    const check = checkFundProfile(json)
    return check.ok ? { ok: true, value: check.profile } : check
  },
  parseFile: parseFundProfileFile,
  invalid: invalidFundProfile,
  problem: (path, problem) => ({ path, problem }),
}

const summarise = (p: FundProfile, builtIn: boolean): FundProfileSummary => ({
  id: p.id,
  name: p.name,
  giver: p.giver,
  version: p.version,
  builtIn,
  sources: p.sources,
})

/**
 * Fund profiles (a fund's published terms), shipped in resources/fund-profiles and the user's own in
 * `<dataDir>/fund-profiles/`, by the same version rules as catalogues and year wheels
 * (store/versionedDataFiles.ts): an application says which version of the terms it was checked against.
 */
export function createFundProfileStore(opts: VersionedStoreOptions) {
  const files = createVersionedDataFiles(FUND_PROFILES, opts)
  return {
    async list(): Promise<FundProfileSummary[]> {
      return (await files.all())
        .map(({ item, builtIn }) => summarise(item, builtIn))
        .sort((a, b) => a.name.localeCompare(b.name, 'da') || a.giver.localeCompare(b.giver, 'da'))
    },
    get: files.get,
    save: files.save,
    delete: files.delete,
    exportTo: (id: string, path: string) => files.exportTo(id, path),
    async importFrom(path: string): Promise<FundProfile> {
      return (await files.importFrom(path)).item
    },
  }
}

export type FundProfileStore = ReturnType<typeof createFundProfileStore>
