import { zipSync, type Zippable } from 'fflate'
import { AppError } from '../../../shared/model/errors'
import { DOCX_LIMITS, type DocxLimits } from './limits'
import { readZipDirectory } from './zipDirectory'
import { inflateEntry } from './unzipGuarded'

export type DocxPackage = {
  /** Every part, inflated under the limits, by its name in the zip. */
  parts: Map<string, Uint8Array>
  text(name: string): string | null
  /** The same parts as an uncompressed zip for mammoth, so it never inflates anything itself. */
  storedZip(): Uint8Array
}

export type NotDocxKind = 'empty' | 'pdf' | 'word97' | 'zip' | 'text' | 'unknown'

const notDocx = (kind: NotDocxKind, why: string) => new AppError('not-a-docx', why, { kind })

/**
 * Opens a .docx safely: recognises what it really is first (a PDF or a Word 97 file renamed .docx
 * gets a message naming it), then checks the zip's directory against the limits, then inflates with
 * a cap. Nothing here fetches anything or touches the disk.
 */
export function openDocx(bytes: Uint8Array, limits: DocxLimits = DOCX_LIMITS): DocxPackage {
  if (bytes.length === 0) throw notDocx('empty', 'the file is empty')
  if (bytes.length > limits.maxFileBytes) {
    throw new AppError('too-large', `${bytes.length} bytes`, { maxBytes: limits.maxFileBytes })
  }
  const kind = sniff(bytes)
  if (kind !== 'zip-like') throw notDocx(kind, `looks like ${kind}`)

  const entries = readZipDirectory(bytes, limits)
  const byName = new Map(entries.map((e) => [e.name, e]))
  if (!byName.has('[Content_Types].xml') || !byName.has('word/document.xml')) {
    throw notDocx('zip', 'a zip without word/document.xml')
  }
  const parts = new Map<string, Uint8Array>()
  for (const entry of entries) parts.set(entry.name, inflateEntry(bytes, entry))

  const decoder = new TextDecoder('utf-8')
  return {
    parts,
    text: (name) => {
      const part = parts.get(name)
      return part ? decoder.decode(part) : null
    },
    storedZip: () => {
      const files: Zippable = {}
      for (const [name, data] of parts) files[name] = [data, { level: 0 }]
      return zipSync(files)
    },
  }
}

function sniff(b: Uint8Array): NotDocxKind | 'zip-like' {
  const starts = (...sig: number[]) => sig.every((v, i) => b[i] === v)
  if (starts(0x50, 0x4b, 0x03, 0x04) || starts(0x50, 0x4b, 0x05, 0x06)) return 'zip-like'
  if (starts(0x25, 0x50, 0x44, 0x46)) return 'pdf'
  // OLE compound file: Word 97-2003 .doc (and password-protected .docx, which Word wraps the same way).
  if (starts(0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1)) return 'word97'
  const head = b.subarray(0, Math.min(b.length, 512))
  const printable = head.every((c) => c === 9 || c === 10 || c === 13 || c >= 32)
  return printable ? 'text' : 'unknown'
}
