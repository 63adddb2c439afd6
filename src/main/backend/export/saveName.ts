import type { PlanMeta } from '../../../shared/model/plan'

const RESERVED = /^(con|prn|aux|nul|com[0-9¹²³]|lpt[0-9¹²³])(\..*)?$/i
const MAX_LENGTH = 150

/**
 * A file name Windows accepts: no <>:"/\|?* or control characters, no trailing dot or space, not a
 * device name like CON, and short enough to leave room for the folder path. Never empty.
 */
export function safeFileName(name: string, fallback = 'Udviklingsplan'): string {
  let s = name
    .normalize('NFC')
    // eslint-disable-next-line no-control-regex
    .replace(/[<>:"/\\|?*\u0000-\u001f\u007f]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
  if (s.length > MAX_LENGTH) s = s.slice(0, MAX_LENGTH)
  s = s.replace(/[. ]+$/, '')
  if (!s) s = fallback
  if (RESERVED.test(s)) s = `_${s}`
  return s
}

const pad = (n: number) => String(n).padStart(2, '0')

/** "Udviklingsplan - Østerby Lokalråd - 2026-03-12.docx", made safe for Windows. */
export function defaultExportName(meta: Pick<PlanMeta, 'council' | 'title'>, date: Date): string {
  const day = `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`
  const who = meta.council.trim() || meta.title.trim()
  const base = safeFileName(who ? `Udviklingsplan - ${who} - ${day}` : `Udviklingsplan - ${day}`)
  return `${base}.docx`
}

/** The chosen path with .docx on the end, so Word will open it from a double click. */
export function withDocxExtension(path: string): string {
  return /\.docx$/i.test(path) ? path : `${path}.docx`
}
