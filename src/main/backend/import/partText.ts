import { AppError } from '../../../shared/model/errors'

const utf8 = new TextDecoder('utf-8', { fatal: true })
const utf16le = new TextDecoder('utf-16le', { fatal: true })
const utf16be = new TextDecoder('utf-16be', { fatal: true })

/**
 * An XML part's text. OPC lets a part be UTF-8 or UTF-16 (ECMA-376 Part 2, §8.1.4); UTF-16 is told
 * by its byte-order mark, or by `<?` written in two-byte units, as XML's own autodetection does.
 * Bytes that are not valid in their encoding mean a damaged part, never replacement characters.
 */
export function decodePart(name: string, bytes: Uint8Array): { text: string; utf16: boolean } {
  const [a, b] = [bytes[0], bytes[1]]
  try {
    if (a === 0xff && b === 0xfe) return { text: utf16le.decode(bytes.subarray(2)), utf16: true }
    if (a === 0xfe && b === 0xff) return { text: utf16be.decode(bytes.subarray(2)), utf16: true }
    if (a === 0x3c && b === 0x00) return { text: utf16le.decode(bytes), utf16: true }
    if (a === 0x00 && b === 0x3c) return { text: utf16be.decode(bytes), utf16: true }
    return { text: utf8.decode(bytes), utf16: false }
  } catch {
    // TextDecoder's only failure with `fatal` is a byte sequence invalid in that encoding.
    throw new AppError('invalid-file', `${name}: not valid UTF-8 or UTF-16`, { reason: 'damaged-xml' })
  }
}

/** The same part as UTF-8 with a declaration that says so, for readers (mammoth) that assume UTF-8. */
export function asUtf8(text: string): Uint8Array {
  const declared = text.replace(/^(<\?xml[^?]*?encoding\s*=\s*["'])[^"']*(["'])/, '$1UTF-8$2')
  return new TextEncoder().encode(declared)
}
