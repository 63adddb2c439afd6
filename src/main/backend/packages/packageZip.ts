import { Inflate } from 'fflate'
import { AppError } from '../../../shared/model/errors'
import { PACKAGE_LIMITS, type PackageLimits } from './packageLimits'

export type PackageEntry = {
  name: string
  method: number
  compressedSize: number
  size: number
  dataStart: number
}

// Each refusal names its reason literally, so the test that every reason is worded finds them all.
const unsafe = (why: string, details: { reason: string }) => new AppError('unsafe-file', why, details)
const damaged = (why: string) =>
  new AppError('invalid-file', `damaged package: ${why}`, { reason: 'damaged' })

/**
 * Reads the zip's central directory and refuses anything unsafe before one byte is inflated:
 * too big (per entry, by kind, and in all), too many entries, sizes deflate cannot produce from so
 * few bytes, names that are absolute, climb out (..), use backslashes or drive letters, encrypted
 * or zip64 entries.
 */
export function readPackageDirectory(
  bytes: Uint8Array,
  limits: PackageLimits = PACKAGE_LIMITS,
): PackageEntry[] {
  if (bytes.length > limits.maxFileBytes) throw unsafe(`package is ${bytes.length} bytes`, { reason: 'size' })
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength)
  let eocd = -1
  for (let i = bytes.length - 22; i >= Math.max(0, bytes.length - 22 - 0xffff); i--) {
    if (view.getUint32(i, true) === 0x06054b50) {
      eocd = i
      break
    }
  }
  if (eocd < 0) throw damaged('not a zip file')
  const count = view.getUint16(eocd + 10, true)
  const dirOffset = view.getUint32(eocd + 16, true)
  if (count === 0xffff || dirOffset === 0xffffffff) throw damaged('zip64, which Planværksted never writes')
  if (count > limits.maxEntries) throw unsafe(`${count} entries`, { reason: 'entries' })
  const entries: PackageEntry[] = []
  let total = 0
  let at = dirOffset
  const decoder = new TextDecoder('utf-8', { fatal: true })
  for (let i = 0; i < count; i++) {
    if (at + 46 > eocd || view.getUint32(at, true) !== 0x02014b50) throw damaged(`entry ${i}`)
    const flags = view.getUint16(at + 8, true)
    const method = view.getUint16(at + 10, true)
    const compressedSize = view.getUint32(at + 20, true)
    const size = view.getUint32(at + 24, true)
    const nameLen = view.getUint16(at + 28, true)
    const localOffset = view.getUint32(at + 42, true)
    let name: string
    try {
      name = decoder.decode(bytes.subarray(at + 46, at + 46 + nameLen))
    } catch {
      throw unsafe('entry name is not UTF-8', { reason: 'name' })
    }
    at += 46 + nameLen + view.getUint16(at + 30, true) + view.getUint16(at + 32, true)
    checkName(name)
    if (flags & 1) throw unsafe(`${name} is encrypted`, { reason: 'encrypted' })
    if (method !== 0 && method !== 8) throw damaged(`${name} uses compression method ${method}`)
    if (size > limits.maxEntryBytes(name))
      throw unsafe(`${name} unpacks to ${size} bytes`, { reason: 'size' })
    if (size > limits.ratioFloorBytes && size / Math.max(compressedSize, 1) > limits.maxRatio) {
      throw unsafe(`${name} claims a ratio deflate cannot reach`, { reason: 'ratio' })
    }
    total += size
    if (total > limits.maxTotalBytes)
      throw unsafe(`package unpacks to over ${total} bytes`, { reason: 'size' })
    if (localOffset + 30 > bytes.length || view.getUint32(localOffset, true) !== 0x04034b50) {
      throw damaged(`${name} local header`)
    }
    const dataStart =
      localOffset + 30 + view.getUint16(localOffset + 26, true) + view.getUint16(localOffset + 28, true)
    if (dataStart + compressedSize > bytes.length) throw damaged(`${name} is cut off`)
    if (entries.some((e) => e.name === name)) throw unsafe(`${name} appears twice`, { reason: 'name' })
    if (!name.endsWith('/')) entries.push({ name, method, compressedSize, size, dataStart })
  }
  return entries
}

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

/** Inflates one entry in small chunks and stops the moment it outgrows its declared size. */
export function inflatePackageEntry(bytes: Uint8Array, entry: PackageEntry): Uint8Array {
  const raw = bytes.subarray(entry.dataStart, entry.dataStart + entry.compressedSize)
  if (entry.method === 0) {
    if (raw.length !== entry.size) throw damaged(`${entry.name} size`)
    return raw.slice()
  }
  const out = new Uint8Array(entry.size)
  let written = 0
  let overrun = false
  const inflater = new Inflate((chunk) => {
    if (written + chunk.length > entry.size) overrun = true
    else out.set(chunk, written)
    written += chunk.length
  })
  const CHUNK = 16 * 1024
  try {
    for (let i = 0; i < raw.length && !overrun; i += CHUNK) {
      inflater.push(raw.subarray(i, i + CHUNK), i + CHUNK >= raw.length)
    }
  } catch {
    throw damaged(`${entry.name} does not inflate`)
  }
  if (overrun) throw unsafe(`${entry.name} inflates past its declared size`, { reason: 'ratio' })
  if (written !== entry.size) throw damaged(`${entry.name} is shorter than declared`)
  return out
}
