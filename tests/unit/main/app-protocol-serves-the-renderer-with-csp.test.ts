import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { beforeAll, describe, expect, it, vi } from 'vitest'
import { createAppHandler, registerPrivilegedSchemes } from '../../../src/main/protocol'
import { CONTENT_SECURITY_POLICY } from '../../../src/main/csp'

let serve: (r: Request) => Promise<Response>

beforeAll(() => {
  const parent = mkdtempSync(join(tmpdir(), 'pv-app-'))
  const renderer = join(parent, 'renderer')
  mkdirSync(join(renderer, 'assets'), { recursive: true })
  writeFileSync(join(renderer, 'index.html'), '<!doctype html><title>Planværksted</title>')
  writeFileSync(join(renderer, 'assets', 'index.js'), 'console.log(1)')
  writeFileSync(join(renderer, 'assets', 'index.css'), 'body{}')
  writeFileSync(join(renderer, 'assets', 'font.woff2'), 'x')
  // A file right next to the renderer folder, which must stay out of reach.
  writeFileSync(join(parent, 'secret.txt'), 'the data folder')
  writeFileSync(join(parent, 'renderer-evil.txt'), 'prefix look-alike')
  serve = createAppHandler(renderer)
})

const get = (url: string, method = 'GET') => serve(new Request(url, { method }))

describe('app:// protocol', () => {
  it('serves index.html at the root with the strict CSP and no unsafe-eval', async () => {
    const res = await get('app://planvaerksted/')
    expect(res.status).toBe(200)
    expect(await res.text()).toContain('Planværksted')
    const csp = res.headers.get('content-security-policy')!
    expect(csp).toBe(CONTENT_SECURITY_POLICY)
    expect(csp).not.toContain('unsafe-eval')
    expect(csp).toContain("script-src 'self'")
    expect(csp).toContain("object-src 'none'")
    expect(csp).toContain("frame-ancestors 'none'")
    expect(csp).toMatch(/img-src [^;]*pv-asset:/)
    expect(res.headers.get('x-content-type-options')).toBe('nosniff')
  })

  it.each([
    ['index.html', 'text/html; charset=utf-8'],
    ['assets/index.js', 'text/javascript; charset=utf-8'],
    ['assets/index.css', 'text/css; charset=utf-8'],
    ['assets/font.woff2', 'font/woff2'],
  ])('serves %s as %s', async (path, mime) => {
    const res = await get(`app://planvaerksted/${path}`)
    expect(res.status).toBe(200)
    expect(res.headers.get('content-type')).toBe(mime)
  })

  it.each([
    'app://planvaerksted/%2e%2e/secret.txt',
    'app://planvaerksted/assets/%2E%2E%2F%2E%2E%2Fsecret.txt',
    'app://planvaerksted/..%5csecret.txt',
    'app://planvaerksted/..%5c..%5crenderer-evil.txt',
    'app://planvaerksted/index.html%00.js',
  ])('refuses %s', async (url) => {
    const res = await get(url)
    expect([403, 404]).toContain(res.status)
    expect(await res.text()).not.toContain('data folder')
  })

  it('keeps URL-normalised traversal inside the folder', async () => {
    // The URL parser folds these into /secret.txt, which then does not exist inside renderer/.
    for (const url of ['app://planvaerksted/../secret.txt', 'app://planvaerksted/assets/../../secret.txt']) {
      const res = await get(url)
      expect(res.status).toBe(404)
    }
  })

  it('answers 404 for a missing file or a foreign host, 405 for a write', async () => {
    expect((await get('app://planvaerksted/nope.js')).status).toBe(404)
    expect((await get('app://other/index.html')).status).toBe(404)
    expect((await get('app://planvaerksted/index.html', 'POST')).status).toBe(405)
  })

  it('registers both schemes as standard, secure and fetchable', () => {
    const protocol = { registerSchemesAsPrivileged: vi.fn() }
    registerPrivilegedSchemes(protocol)
    const schemes = protocol.registerSchemesAsPrivileged.mock.calls[0][0]
    expect(schemes.map((s: { scheme: string }) => s.scheme)).toEqual(['app', 'pv-asset'])
    for (const s of schemes)
      expect(s.privileges).toEqual({ standard: true, secure: true, supportFetchAPI: true })
  })
})
