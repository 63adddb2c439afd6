import { AppError } from '../../../shared/model/errors'
import type { TextEncoding } from '../../../shared/model/datapakke'

export type Decoded =
  { status: 'decoded'; text: string; encoding: TextEncoding } | { status: 'ask'; candidates: TextEncoding[] }

/** Bytes Windows-1252 leaves undefined: a file holding them was not written in 1252. */
const UNDEFINED_1252 = new Set([0x81, 0x8d, 0x8f, 0x90, 0x9d])

/**
 * Turns a text file's bytes into text, or says it cannot tell. A BOM decides (UTF-8, UTF-16 LE/BE);
 * then valid UTF-8 is UTF-8 (an ANSI file with æøå is never valid UTF-8, as their bytes are lone
 * high bytes); then Windows-1252, which Danish Excel writes, if every byte is defined there and the
 * high letters it gives are ones a Danish file has. Anything else is asked: a wrong guess would put
 * "Ã¦" for "æ" in a village's name without anyone noticing. `chosen` is the user's answer.
 * A file that is not text (NUL bytes without a UTF-16 BOM, a zip, a PDF) is refused.
 */
export function decodeText(bytes: Uint8Array, chosen?: TextEncoding): Decoded {
  if (bytes.length === 0)
    throw new AppError('invalid-file', 'the file is empty', { reason: 'empty-data-file' })
  if (chosen) return { status: 'decoded', text: decodeAs(bytes, chosen), encoding: chosen }
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf)
    return { status: 'decoded', text: decodeAs(bytes.subarray(3), 'utf-8'), encoding: 'utf-8' }
  if (bytes[0] === 0xff && bytes[1] === 0xfe)
    return { status: 'decoded', text: decodeAs(bytes.subarray(2), 'utf-16le'), encoding: 'utf-16le' }
  if (bytes[0] === 0xfe && bytes[1] === 0xff)
    return { status: 'decoded', text: decodeAs(bytes.subarray(2), 'utf-16be'), encoding: 'utf-16be' }
  refuseBinary(bytes)
  try {
    return {
      status: 'decoded',
      text: new TextDecoder('utf-8', { fatal: true }).decode(bytes),
      encoding: 'utf-8',
    }
  } catch {
    // Not UTF-8 (TextDecoder's TypeError): an 8-bit file, most likely Windows-1252.
  }
  if (!bytes.some((b) => UNDEFINED_1252.has(b))) {
    const text = decodeAs(bytes, 'windows-1252')
    if (looksDanish(text)) return { status: 'decoded', text, encoding: 'windows-1252' }
  }
  return { status: 'ask', candidates: ['windows-1252', 'macintosh', 'utf-8'] }
}

export function decodeAs(bytes: Uint8Array, encoding: TextEncoding): string {
  const text = new TextDecoder(encoding).decode(bytes)
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text
}

/** The letters above ASCII a Danish (or Nordic/West European) data file plausibly holds. */
const PLAUSIBLE = /[æøåÆØÅéÉèüÜöÖäÄáíóúñçôâêëïß§°½µ²³€£«»–—‘’“”•…·×\u00a0]/

function looksDanish(text: string): boolean {
  let high = 0
  let plausible = 0
  for (const ch of text) {
    if (ch.charCodeAt(0) < 0x80) continue
    high++
    if (PLAUSIBLE.test(ch)) plausible++
  }
  return high === 0 || plausible / high >= 0.9
}

/** Text has no NUL bytes and few control characters; a zip (.xlsx renamed .csv) or PDF has many. */
function refuseBinary(bytes: Uint8Array): void {
  const head = bytes.subarray(0, 8192)
  let control = 0
  for (const b of head) {
    if (b === 0) throw binary()
    if (b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0d && b !== 0x0c) control++
  }
  if (control > head.length / 100 + 1) throw binary()
}

const binary = () => new AppError('invalid-file', 'not a text file', { reason: 'binary-file' })
