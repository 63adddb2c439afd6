import { Inflate } from 'fflate'
import { AppError } from '../../../shared/model/errors'
import type { ZipEntry } from './readZipDirectory'

const CHUNK = 16 * 1024

/**
 * Inflates one entry, stopping as soon as it produces more than its directory entry promised: a
 * lying directory cannot turn a small file into gigabytes. Pushed in small chunks so the overrun is
 * noticed within a few megabytes.
 */
export function inflateEntry(bytes: Uint8Array, entry: ZipEntry): Uint8Array {
  const raw = bytes.subarray(entry.dataStart, entry.dataStart + entry.compressedSize)
  if (entry.method === 0) {
    if (raw.length !== entry.size)
      throw new AppError('invalid-file', `${entry.name}: stored size mismatch`, { reason: 'damaged' })
    // A copy, so the caller may keep the part without holding on to the whole file.
    return raw.slice()
  }
  const out = new Uint8Array(entry.size)
  let written = 0
  let overrun = false
  const inflater = new Inflate((chunk) => {
    if (written + chunk.length > entry.size) {
      overrun = true
      return
    }
    out.set(chunk, written)
    written += chunk.length
  })
  try {
    for (let i = 0; i < raw.length && !overrun; i += CHUNK) {
      inflater.push(raw.subarray(i, Math.min(i + CHUNK, raw.length)), i + CHUNK >= raw.length)
    }
  } catch (err) {
    throw new AppError('invalid-file', `${entry.name}: ${err instanceof Error ? err.message : err}`, {
      reason: 'damaged',
    })
  }
  if (overrun)
    throw new AppError('unsafe-file', `${entry.name} inflates past its declared size`, { reason: 'ratio' })
  if (written !== entry.size)
    throw new AppError('invalid-file', `${entry.name} is shorter than declared`, { reason: 'damaged' })
  return out
}
