import { xmlSafeText } from './xmlSafeText'

/** Device names Windows reserves whatever the extension: "NUL.txt" and "CON .docx" are devices. */
const RESERVED = /^(con|prn|aux|nul|conin\$|conout\$|com[0-9¹²³]|lpt[0-9¹²³])$/i
/** Characters that change how a name reads without being seen: bidi controls (U+202E turns
 * "fdp.exe" around into "exe.pdf"), zero-width spaces and the byte-order mark. */
const INVISIBLE = /[\u061C\u200B\u200E\u200F\u202A-\u202E\u2066-\u2069\uFEFF]/g
const MAX_LENGTH = 150

/**
 * A file name Windows accepts and a user can read as it is: no <>:"/\|?* or control characters,
 * no invisible direction changes, nothing XML or a file system cannot hold, no trailing dot or
 * space, not a device name like CON (also with an extension), and short enough to leave room for
 * the folder path. Never empty.
 */
export function cleanFileName(name: string, fallback: string): string {
  let s = xmlSafeText(
    name
      .normalize('NFC')
      // eslint-disable-next-line no-control-regex
      .replace(/[<>:"/\\|?*\u0000-\u001f\u007f-\u009f]/g, ' '),
  )
    .replace(INVISIBLE, '')
    .replace(/\s+/g, ' ')
    .trim()
  // Cut by code points, so an emoji at the edge is not split into a lone surrogate.
  const chars = Array.from(s)
  if (chars.length > MAX_LENGTH) s = chars.slice(0, MAX_LENGTH).join('')
  s = s.replace(/[. ]+$/, '')
  if (!s) s = fallback
  // Windows compares the part before the first dot, with trailing spaces ignored.
  if (RESERVED.test(s.split('.')[0].trimEnd())) s = `_${s}`
  return s
}
