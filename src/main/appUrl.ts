/** Where the app itself lives. Everything the shell trusts (IPC senders, in-app navigation) is
 * measured against these prefixes, so they are defined once. */
export const APP_SCHEME = 'app'
export const APP_HOST = 'planvaerksted'
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}/`
export const APP_START_URL = `${APP_ORIGIN}index.html`

export const ASSET_SCHEME = 'pv-asset'
/** Plan ids go in the path, not the host: a standard scheme lowercases its host, and ids may have
 * capitals. The renderer only ever sees this through AppInfo.assetBase. */
export const ASSET_HOST = 'plan'
export const ASSET_BASE = `${ASSET_SCHEME}://${ASSET_HOST}/`

/** The dev server origin with a trailing slash, or null when there is none or it is not http(s). */
export function devOrigin(devUrl: string | undefined): string | null {
  if (!devUrl) return null
  try {
    const url = new URL(devUrl)
    if (url.protocol !== 'http:' && url.protocol !== 'https:') return null
    return `${url.origin}/`
  } catch {
    return null
  }
}

/** True for a URL inside our own app (or inside the dev server while developing). The trailing
 * slash in each prefix keeps look-alikes such as `app://planvaerksted.evil/` out. */
export function isAppUrl(url: unknown, devUrl?: string | null): boolean {
  if (typeof url !== 'string') return false
  if (url.startsWith(APP_ORIGIN)) return true
  const dev = devOrigin(devUrl ?? undefined)
  return dev !== null && url.startsWith(dev)
}
