import type { ZipLimits } from '../zip/zipLimits'

/**
 * What a .docx may be before we unpack it. Real council plans with photos stay far below these;
 * a zip bomb or a disguised archive does not. Checked against the zip's own directory before a
 * single byte is inflated, and again while inflating (a directory can lie).
 */
export const DOCX_LIMITS = {
  maxFileBytes: 50 * 1024 * 1024,
  maxEntries: 2000,
  maxEntryBytes: 100 * 1024 * 1024,
  maxTotalBytes: 300 * 1024 * 1024,
  /** Word XML compresses 10-30 times; only a crafted entry goes past this. */
  maxEntryRatio: 200,
  maxTotalRatio: 100,
  /** Ratios of tiny entries say nothing (an empty XML part compresses 1:50). */
  ratioFloorBytes: 1024 * 1024,
} as const

export type DocxLimits = { [K in keyof typeof DOCX_LIMITS]: number }

/** The same figures as the zip reader takes them: every Word part has the one entry limit. */
export const docxZipLimits = (limits: DocxLimits): ZipLimits => ({
  ...limits,
  maxEntryBytes: () => limits.maxEntryBytes,
})
