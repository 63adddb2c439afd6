import { readFile } from 'node:fs/promises'
import type { Protocol } from 'electron'
import { APP_HOST, APP_SCHEME, ASSET_HOST, ASSET_SCHEME } from './appUrl'
import { CONTENT_SECURITY_POLICY, mimeTypeFor } from './csp'
import { decodeUrlFileName, resolveInside } from './safePath'

/** Both schemes behave like https: a real origin for 'self' in the CSP, fetch works, no mixed content. */
const PRIVILEGES = { standard: true, secure: true, supportFetchAPI: true } as const

/** Must run before the app is ready. */
export function registerPrivilegedSchemes(protocol: Pick<Protocol, 'registerSchemesAsPrivileged'>): void {
  protocol.registerSchemesAsPrivileged([
    { scheme: APP_SCHEME, privileges: PRIVILEGES },
    { scheme: ASSET_SCHEME, privileges: PRIVILEGES },
  ])
}

export type AssetResolver = { resolveAssetPath(planId: string, name: string): string | null }
type Handler = (request: Request) => Promise<Response>

const SECURITY_HEADERS = {
  'Content-Security-Policy': CONTENT_SECURITY_POLICY,
  'X-Content-Type-Options': 'nosniff',
}

function status(code: 403 | 404 | 405): Response {
  return new Response(null, { status: code, headers: SECURITY_HEADERS })
}

async function fileResponse(path: string): Promise<Response> {
  try {
    const body = await readFile(path)
    return new Response(new Uint8Array(body), {
      status: 200,
      headers: { ...SECURITY_HEADERS, 'Content-Type': mimeTypeFor(path) },
    })
  } catch {
    return status(404)
  }
}

function parse(request: Request): URL | null {
  if (request.method !== 'GET' && request.method !== 'HEAD') return null
  try {
    return new URL(request.url)
  } catch {
    return null
  }
}

/** app://planvaerksted/<path>: files of the built renderer and nothing outside it. */
export function createAppHandler(rendererDir: string): Handler {
  return async (request) => {
    const url = parse(request)
    if (!url) return status(405)
    if (url.host !== APP_HOST) return status(404)
    const pathname = url.pathname === '/' ? '/index.html' : url.pathname
    const file = resolveInside(rendererDir, pathname)
    if (!file) return status(403)
    return fileResponse(file)
  }
}

/** pv-asset://plan/<planId>/<name>: one image of one plan, found by the backend (which owns the
 * folder layout and checks the id). */
export function createAssetHandler(resolver: AssetResolver): Handler {
  return async (request) => {
    const url = parse(request)
    if (!url) return status(405)
    if (url.host !== ASSET_HOST) return status(404)
    const parts = url.pathname.split('/').filter((p) => p !== '')
    if (parts.length !== 2) return status(403)
    const planId = decodeUrlFileName(parts[0])
    const name = decodeUrlFileName(parts[1])
    if (!planId || !name) return status(403)
    let path: string | null
    try {
      path = resolver.resolveAssetPath(planId, name)
    } catch {
      path = null
    }
    return path ? fileResponse(path) : status(404)
  }
}

export function registerProtocolHandlers(
  protocol: Pick<Protocol, 'handle'>,
  opts: { rendererDir: string; assets: AssetResolver },
): void {
  protocol.handle(APP_SCHEME, createAppHandler(opts.rendererDir))
  protocol.handle(ASSET_SCHEME, createAssetHandler(opts.assets))
}
