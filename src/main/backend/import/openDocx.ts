import { AppError } from '../../../shared/model/errors'
import { DOCX_LIMITS, docxZipLimits, type DocxLimits } from './limits'
import { readZipDirectory } from '../zip/readZipDirectory'
import { inflateEntry } from '../zip/inflateEntry'
import { writeZip, type ZipFile } from '../zip/writeZip'
import { asUtf8, decodePart } from './partText'
import { isOleFile, isPasswordProtectedDocx } from './oleFile'
import { scanXml } from '../xml/scanXml'

export type DocxPackage = {
  /** Every part, inflated under the limits, by its name in the zip. */
  parts: Map<string, Uint8Array>
  text(name: string): string | null
  /** The same parts as an uncompressed zip for mammoth, so it never inflates anything itself;
   * `replaced` puts other text in some parts (what mammoth would misread, rewritten). */
  storedZip(replaced?: Map<string, string>): Uint8Array
}

export type NotDocxKind = 'empty' | 'pdf' | 'word97' | 'zip' | 'text' | 'unknown'

/** What the user is told for each kind: what the file is and what to do with it. */
const REASON: Record<NotDocxKind, string | undefined> = {
  empty: 'empty-file',
  pdf: 'pdf-file',
  word97: 'word-97',
  zip: 'no-document',
  text: 'text-file',
  unknown: undefined,
}

const notDocx = (kind: NotDocxKind, why: string) =>
  new AppError('not-a-docx', why, REASON[kind] ? { kind, reason: REASON[kind] } : { kind })

/** Parts that are XML by their name; Word's are all .xml or .rels (media and bins are not read). */
const isXmlPart = (name: string) => /\.(xml|rels)$/i.test(name)

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
  if (isPasswordProtectedDocx(bytes)) {
    throw new AppError('invalid-file', 'an encrypted (password-protected) Word document', {
      reason: 'password-protected',
    })
  }
  const kind = sniff(bytes)
  if (kind !== 'zip-like') throw notDocx(kind, `looks like ${kind}`)

  const entries = readZipDirectory(bytes, docxZipLimits(limits))
  const byName = new Map(entries.map((e) => [e.name, e]))
  if (!byName.has('[Content_Types].xml') || !byName.has('word/document.xml')) {
    throw notDocx('zip', 'a zip without word/document.xml')
  }
  const parts = new Map<string, Uint8Array>()
  for (const entry of entries) {
    const data = inflateEntry(bytes, entry)
    parts.set(entry.name, data)
    if (!isXmlPart(entry.name)) continue
    // Every XML part is checked once here, so mammoth and our scans only ever see well-formed,
    // DTD-free XML of bounded depth; a UTF-16 part is handed on as UTF-8, which mammoth assumes.
    const { text, utf16 } = decodePart(entry.name, data)
    scanXml(text, {}, { part: entry.name })
    if (utf16) parts.set(entry.name, asUtf8(text))
  }

  return {
    parts,
    text: (name) => {
      const part = parts.get(name)
      return part ? decodePart(name, part).text : null
    },
    storedZip: (replaced) => {
      const files: ZipFile[] = []
      for (const [name, data] of parts) {
        const text = replaced?.get(name)
        files.push({
          path: name,
          data: text === undefined ? data : new TextEncoder().encode(text),
          store: true,
        })
      }
      return writeZip(files)
    },
  }
}

function sniff(b: Uint8Array): NotDocxKind | 'zip-like' {
  const starts = (...sig: number[]) => sig.every((v, i) => b[i] === v)
  if (starts(0x50, 0x4b, 0x03, 0x04) || starts(0x50, 0x4b, 0x05, 0x06)) return 'zip-like'
  if (starts(0x25, 0x50, 0x44, 0x46)) return 'pdf'
  // OLE compound file: Word 97-2003 .doc (a password-protected .docx was told apart before).
  if (isOleFile(b)) return 'word97'
  const head = b.subarray(0, Math.min(b.length, 512))
  const printable = head.every((c) => c === 9 || c === 10 || c === 13 || c >= 32)
  return printable ? 'text' : 'unknown'
}
