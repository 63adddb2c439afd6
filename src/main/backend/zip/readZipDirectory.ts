import { AppError } from '../../../shared/model/errors'
import type { ZipLimits } from './zipLimits'

export type ZipEntry = {
  name: string
  method: number
  compressedSize: number
  size: number
  /** Where the entry's data starts in the file (after its local header). */
  dataStart: number
}

const EOCD = 0x06054b50
const CENTRAL = 0x02014b50
const LOCAL = 0x04034b50

// Each refusal names its reason literally, so the test that every reason is worded finds them all.
const damaged = (why: string) => new AppError('invalid-file', `damaged zip: ${why}`, { reason: 'damaged' })
const unsafe = (why: string, details: { reason: string; [key: string]: unknown }) =>
  new AppError('unsafe-file', why, details)

/**
 * Reads a zip's central directory by hand and refuses anything unsafe before inflating: too many
 * entries, too much data, ratios only a zip bomb has, names that are not UTF-8, appear twice, climb
 * out of a folder (..), are absolute or carry backslashes, colons or control characters, and
 * encrypted, zip64 or exotic entries. fflate/jszip would allocate first and ask later. The one
 * reader for every zip the app opens (Word files and plan files).
 */
export function readZipDirectory(bytes: Uint8Array, limits: ZipLimits): ZipEntry[] {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength)
  const eocd = findEndOfDirectory(view)
  if (eocd < 0) throw damaged('no end of central directory')
  const count = view.getUint16(eocd + 10, true)
  const dirSize = view.getUint32(eocd + 12, true)
  const dirOffset = view.getUint32(eocd + 16, true)
  if (count === 0xffff || dirOffset === 0xffffffff)
    throw damaged('zip64, which neither Word nor the app writes')
  if (count > limits.maxEntries) throw unsafe(`${count} entries`, { reason: 'entries', count })
  if (dirOffset + dirSize > eocd) throw damaged('central directory outside the file')

  const entries: ZipEntry[] = []
  const seen = new Set<string>()
  let total = 0
  let totalCompressed = 0
  let at = dirOffset
  const decoder = new TextDecoder('utf-8', { fatal: true })
  for (let i = 0; i < count; i++) {
    if (at + 46 > eocd || view.getUint32(at, true) !== CENTRAL) throw damaged(`entry ${i} header`)
    const flags = view.getUint16(at + 8, true)
    const method = view.getUint16(at + 10, true)
    const compressedSize = view.getUint32(at + 20, true)
    const size = view.getUint32(at + 24, true)
    const nameLen = view.getUint16(at + 28, true)
    const extraLen = view.getUint16(at + 30, true)
    const commentLen = view.getUint16(at + 32, true)
    const localOffset = view.getUint32(at + 42, true)
    const name = decodeName(decoder, bytes.subarray(at + 46, at + 46 + nameLen))
    at += 46 + nameLen + extraLen + commentLen

    checkName(name)
    // Two entries of one name would let the checked one and the used one differ.
    if (seen.has(name)) throw unsafe(`${name} appears twice`, { reason: 'name' })
    seen.add(name)
    if (flags & 1) throw unsafe(`${name} is encrypted`, { reason: 'encrypted' })
    if (method !== 0 && method !== 8) throw damaged(`${name} uses compression method ${method}`)
    if (size > limits.maxEntryBytes(name))
      throw unsafe(`${name} unpacks to ${size} bytes`, { reason: 'size' })
    if (size > limits.ratioFloorBytes && size / Math.max(compressedSize, 1) > limits.maxEntryRatio) {
      throw unsafe(`${name} has compression ratio ${Math.round(size / Math.max(compressedSize, 1))}`, {
        reason: 'ratio',
      })
    }
    total += size
    totalCompressed += compressedSize
    if (total > limits.maxTotalBytes)
      throw unsafe(`archive unpacks to over ${total} bytes`, { reason: 'size' })

    if (localOffset + 30 > bytes.length || view.getUint32(localOffset, true) !== LOCAL) {
      throw damaged(`${name} local header`)
    }
    const dataStart =
      localOffset + 30 + view.getUint16(localOffset + 26, true) + view.getUint16(localOffset + 28, true)
    if (dataStart + compressedSize > bytes.length) throw damaged(`${name} is cut off`)
    if (!name.endsWith('/')) entries.push({ name, method, compressedSize, size, dataStart })
  }
  if (total > limits.ratioFloorBytes && total / Math.max(totalCompressed, 1) > limits.maxTotalRatio) {
    throw unsafe(`archive compression ratio ${Math.round(total / Math.max(totalCompressed, 1))}`, {
      reason: 'ratio',
    })
  }
  return entries
}

function decodeName(decoder: { decode(raw: Uint8Array): string }, raw: Uint8Array): string {
  try {
    return decoder.decode(raw)
  } catch {
    // A name that does not decode would be read differently by the next program that opens it.
    throw unsafe('entry name is not UTF-8', { reason: 'name' })
  }
}

function findEndOfDirectory(view: DataView): number {
  // The record is 22 bytes plus a comment of at most 65535 bytes, at the very end.
  const stop = Math.max(0, view.byteLength - 22 - 0xffff)
  for (let i = view.byteLength - 22; i >= stop; i--) {
    if (view.getUint32(i, true) === EOCD) return i
  }
  return -1
}

/** Part names are relative and forward-slashed in OOXML and in plan files; anything else is someone
 * trying something (a colon is a Windows drive or a hidden stream). */
function checkName(name: string): void {
  const bad =
    name.length === 0 ||
    name.length > 200 ||
    // eslint-disable-next-line no-control-regex -- control characters in a name are exactly what is refused
    /[\0-\x1f\\:]/.test(name) ||
    name.startsWith('/') ||
    name.split('/').some((seg) => seg === '..' || seg === '.')
  if (bad) throw unsafe(`entry name ${JSON.stringify(name.slice(0, 100))}`, { reason: 'name' })
}
