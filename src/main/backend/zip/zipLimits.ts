/**
 * What a zip may hold before a byte of it is inflated. Each kind of file the app opens (a .docx, a
 * .planvaerksted) names its own figures, derived from what that kind really holds; the one guarded
 * reader (readZipDirectory) checks them all the same way.
 */
export type ZipLimits = {
  maxEntries: number
  /** By entry name, so a package can allow an image more than a JSON part. */
  maxEntryBytes: (name: string) => number
  maxTotalBytes: number
  maxEntryRatio: number
  maxTotalRatio: number
  /** Ratios of entries (and archives) smaller than this say nothing. */
  ratioFloorBytes: number
}
