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

const LOOPBACK_HOSTS = new Set(['localhost', '127.0.0.1', '[::1]'])

/** The dev server origin with a trailing slash, or null when there is none, it is not http(s), or
 * it is not on this machine: electron-vite's dev server is always local, and anything else in the
 * variable is someone trying to make the shell trust their page. */
export function devOrigin(devUrl: string | undefined): string | null {
  if (!devUrl) return null
  try {
    const url = new URL(devUrl)
    if (url.protocol !== 'http:' && url.protocol !== 'https:') return null
    if (!LOOPBACK_HOSTS.has(url.hostname)) return null
    return `${url.origin}/`
  } catch {
    return null
  }
}

export type RendererSource = { startUrl: string; devOrigin: string | null; devTools: boolean }

/** Where the window's page comes from and whether DevTools exist. A packaged app ignores
 * ELECTRON_RENDERER_URL and has no DevTools, whatever the environment says: the variable would
 * otherwise let anyone who can start the app point the trusted window (and its IPC) at their page. */
export function rendererSource(opts: {
  isPackaged: boolean
  env: Record<string, string | undefined>
}): RendererSource {
  if (opts.isPackaged) return { startUrl: APP_START_URL, devOrigin: null, devTools: false }
  const dev = devOrigin(opts.env.ELECTRON_RENDERER_URL)
  return {
    startUrl: dev ? (opts.env.ELECTRON_RENDERER_URL as string) : APP_START_URL,
    devOrigin: dev,
    devTools: true,
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
