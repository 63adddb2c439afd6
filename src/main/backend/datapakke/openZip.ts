import { AppError } from '../../../shared/model/errors'
import { DOCX_LIMITS, docxZipLimits, type DocxLimits } from '../import/limits'
import { readZipDirectory } from '../zip/readZipDirectory'
import { inflateEntry } from '../zip/inflateEntry'

export const isZip = (b: Uint8Array) => b[0] === 0x50 && b[1] === 0x4b && (b[2] === 0x03 || b[2] === 0x05)

/**
 * Every entry of a zip (an .xlsx or a datapakke .zip), inflated under the Word import's limits:
 * the directory is checked before a byte is inflated and every entry is inflated with a cap, so a
 * zip bomb is refused here, before read-excel-file (which inflates on its own) ever sees it.
 */
export function openZip(bytes: Uint8Array, limits: DocxLimits = DOCX_LIMITS): Map<string, Uint8Array> {
  if (bytes.length === 0)
    throw new AppError('invalid-file', 'the file is empty', { reason: 'empty-data-file' })
  if (bytes.length > limits.maxFileBytes) {
    throw new AppError('too-large', `${bytes.length} bytes`, {
      maxBytes: limits.maxFileBytes,
      reason: 'size',
    })
  }
  if (!isZip(bytes)) throw new AppError('invalid-file', 'not a zip', { reason: 'not-a-spreadsheet' })
  const parts = new Map<string, Uint8Array>()
  for (const entry of readZipDirectory(bytes, docxZipLimits(limits)))
    parts.set(entry.name, inflateEntry(bytes, entry))
  return parts
}
