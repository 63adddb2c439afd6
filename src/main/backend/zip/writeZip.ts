import { crc32, deflateRawSync } from 'node:zlib'

/** One file to write; `store` keeps it as it is (an image is compressed already). */
export type ZipFile = { path: string; data: Uint8Array; store?: boolean }

/**
 * A zip archive (what a .docx is), written with Node's native deflate: several times faster than
 * a JavaScript deflate on the megabytes of XML a long plan makes. Level 1 keeps a 300-page plan
 * at a few hundred kB; the file is mailed, not archived, so speed wins over the last 30 %.
 * No zip64: a plan is far below 4 GB. Times are a fixed date, so the same plan gives the same bytes.
 * The one zip writer: the Word export, plan files and the stored copy handed to mammoth use it.
 */
export function writeZip(entries: ZipFile[], level = 1): Uint8Array {
  const DOS_TIME = 0
  const DOS_DATE = ((2020 - 1980) << 9) | (1 << 5) | 1
  const locals: Buffer[] = []
  const central: Buffer[] = []
  let offset = 0
  for (const { path, data, store } of entries) {
    const name = Buffer.from(path, 'utf8')
    const packed = store || level === 0 ? null : deflateRawSync(data, { level })
    const stored = packed === null || packed.length >= data.length
    const body = stored ? Buffer.from(data.buffer, data.byteOffset, data.byteLength) : packed
    const crc = crc32(data) >>> 0
    const head = Buffer.alloc(30)
    head.writeUInt32LE(0x04034b50, 0)
    head.writeUInt16LE(20, 4) // version needed: 2.0 (deflate)
    head.writeUInt16LE(0x0800, 6) // names are UTF-8
    head.writeUInt16LE(stored ? 0 : 8, 8)
    head.writeUInt16LE(DOS_TIME, 10)
    head.writeUInt16LE(DOS_DATE, 12)
    head.writeUInt32LE(crc, 14)
    head.writeUInt32LE(body.length, 18)
    head.writeUInt32LE(data.length, 22)
    head.writeUInt16LE(name.length, 26)
    head.writeUInt16LE(0, 28)
    locals.push(head, name, body)
    const dir = Buffer.alloc(46)
    dir.writeUInt32LE(0x02014b50, 0)
    dir.writeUInt16LE(20, 4) // made by: MS-DOS, 2.0
    dir.writeUInt16LE(20, 6)
    head.copy(dir, 8, 6, 30) // flags, method, time, date, crc, sizes, name length, extra length
    // comment length, disk, internal and external attributes are zero
    dir.writeUInt32LE(offset, 42)
    central.push(dir, name)
    offset += head.length + name.length + body.length
  }
  const dirSize = central.reduce((n, b) => n + b.length, 0)
  const end = Buffer.alloc(22)
  end.writeUInt32LE(0x06054b50, 0)
  end.writeUInt16LE(entries.length, 8)
  end.writeUInt16LE(entries.length, 10)
  end.writeUInt32LE(dirSize, 12)
  end.writeUInt32LE(offset, 16)
  const out = Buffer.concat([...locals, ...central, end])
  return new Uint8Array(out.buffer, out.byteOffset, out.byteLength)
}
