/** Only these link kinds may live in a plan or be opened from it: a plan travels by mail and USB
 * stick, and a link that runs a program or reads a local file must never be one click away. */
export const ALLOWED_LINK_PROTOCOLS = ['https:', 'mailto:'] as const

export function isAllowedLink(href: unknown): href is string {
  if (typeof href !== 'string' || href.length > 4096) return false
  let url: URL
  try {
    url = new URL(href.trim())
  } catch {
    return false
  }
  if (!(ALLOWED_LINK_PROTOCOLS as readonly string[]).includes(url.protocol)) return false
  if (url.protocol === 'https:' && !url.hostname) return false
  if (url.protocol === 'mailto:' && !url.pathname.includes('@')) return false
  return true
}

/** Lets a user type "www.kommune.dk" and get https://www.kommune.dk, and "a@b.dk" a mailto. */
export function normaliseLink(input: string): string {
  const s = input.trim()
  if (/^[^\s@/:]+@[^\s@/]+\.[^\s@/]+$/.test(s)) return `mailto:${s}`
  if (/^www\./i.test(s)) return `https://${s}`
  return s
}
