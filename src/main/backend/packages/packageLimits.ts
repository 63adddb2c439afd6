import { MAX_CATALOGUE_BYTES } from '../../../shared/model/catalogueValidation'
import { MAX_ASSET_BYTES } from '../assets/assetStore'
import { DOCX_LIMITS } from '../import/limits'
import type { ZipLimits } from '../zip/zipLimits'

/**
 * The largest plan (compact JSON, UTF-8) a .planvaerksted file carries. The save command sets no
 * size of its own, so this is the bound: some 7 times the 300-page plan of the benchmarks. A plan
 * past it is refused when it is exported, with that reason, never when the file arrives elsewhere.
 */
export const MAX_PLAN_JSON_BYTES = 32 * 1024 * 1024

/** meta beside the document: title, villages and such are a few kilobytes; the catalogue copy is
 * bounded by the catalogue's own limit. */
const MAX_META_BYTES = MAX_CATALOGUE_BYTES + 64 * 1024

/** An image can come in two ways: pasted (assets.add) or brought by a Word file (its entry limit). */
export const MAX_PACKAGE_ASSET_BYTES = Math.max(MAX_ASSET_BYTES, DOCX_LIMITS.maxEntryBytes)

export const MAX_PACKAGE_ASSETS = 2000
export const MAX_PACKAGE_VERSIONS = 1000

/**
 * What a .planvaerksted file may be, derived from what the app itself writes (see writePackage):
 * every limit a package from this app could reach is named after where it comes from, so the
 * importer never calls the app's own file a bomb. The file and total sizes are memory bounds (the
 * whole package is read and unpacked in memory); an export past them is refused with that reason.
 */
export const PACKAGE_LIMITS = {
  maxFileBytes: 200 * 1024 * 1024,
  /** manifest.json, plan.json and catalogue.json, then the images and the named versions. */
  maxEntries: 3 + MAX_PACKAGE_ASSETS + MAX_PACKAGE_VERSIONS,
  /** plan.json and each version: the plan itself, and its meta. */
  /** An image entry may hold one image; plan.json and each version one plan and its meta. */
  maxEntryBytes: (name: string): number =>
    name.startsWith('assets/') ? MAX_PACKAGE_ASSET_BYTES : MAX_PLAN_JSON_BYTES + MAX_META_BYTES,
  maxTotalBytes: 400 * 1024 * 1024,
  /**
   * Deflate cannot compress past about 1032:1 (one 258-byte match per few bits), and the app's own
   * JSON gets near that: an empty 60x25 table compresses 180:1, ten thousand empty paragraphs 400:1.
   * So no ratio below deflate's own ceiling says "bomb"; an entry claiming more is a lying directory.
   * The bomb itself is stopped by the sizes above, checked before a byte is inflated and while
   * inflating.
   */
  maxEntryRatio: 1100,
  /** The whole archive's ratio is a mean of its entries', so deflate's ceiling bounds it too. */
  maxTotalRatio: 1100,
  ratioFloorBytes: 256 * 1024,
} satisfies ZipLimits & { maxFileBytes: number }
