import { isAbsolute, relative, resolve, sep } from 'node:path'

/** Decodes a URL path and resolves it inside `root`. Returns null for anything that could leave the
 * folder or name something odd: `..` (plain or percent-encoded), absolute and drive paths,
 * backslashes, null bytes, malformed escapes. */
export function resolveInside(root: string, urlPath: string): string | null {
  let decoded: string
  try {
    decoded = decodeURIComponent(urlPath)
  } catch {
    return null
  }
  if (decoded.includes('\0') || decoded.includes('\\')) return null
  const rest = decoded.startsWith('/') ? decoded.slice(1) : decoded
  if (rest === '') return null
  if (isAbsolute(rest) || /^[a-zA-Z]:/.test(rest)) return null
  const segments = rest.split('/')
  if (segments.some((s) => s === '' || s === '..' || s === '.')) return null
  const base = resolve(root)
  const full = resolve(base, rest)
  const rel = relative(base, full)
  if (rel === '' || rel.startsWith('..') || isAbsolute(rel)) return null
  return full.startsWith(base + sep) ? full : null
}

/** A single file-name segment from a URL (an asset name): decoded, no separators, no dots-only names. */
export function decodeUrlFileName(segment: string): string | null {
  let decoded: string
  try {
    decoded = decodeURIComponent(segment)
  } catch {
    return null
  }
  if (decoded === '' || decoded.length > 255) return null
  if (/[/\\\0:]/.test(decoded) || /^\.+$/.test(decoded)) return null
  return decoded
}
