import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { CONTENT_SECURITY_POLICY } from '../../../src/main/csp'

function directives(policy: string): Map<string, string[]> {
  return new Map(
    policy
      .split(';')
      .map((d) => d.trim().split(/\s+/))
      .filter((parts) => parts[0])
      .map(([name, ...values]) => [name, values]),
  )
}

const html = readFileSync(resolve(__dirname, '../../../src/renderer/index.html'), 'utf8')
const meta = /http-equiv="Content-Security-Policy"\s+content="([^"]+)"/.exec(html)?.[1] ?? ''

describe('the renderer page CSP (checklist: define a Content Security Policy)', () => {
  it('the page carries a CSP of its own, so even a page loaded without our protocol header is covered', () => {
    expect(meta).not.toBe('')
  })

  for (const [name, policy] of [
    ['the page meta', meta],
    ['the app:// header', CONTENT_SECURITY_POLICY],
  ] as const) {
    it(`${name}: scripts only from the app itself, no eval, no inline script, no plugins, no base hijack`, () => {
      const d = directives(policy)
      expect(d.get('script-src')).toEqual(["'self'"])
      expect(policy).not.toContain('unsafe-eval')
      expect(d.get('default-src')).toEqual(["'self'"])
      expect(d.get('object-src')).toEqual(["'none'"])
      expect(d.get('base-uri')).toEqual(["'none'"])
      expect(d.get('connect-src')).toEqual(["'self'"])
      expect(policy).not.toMatch(/https?:\/\/(?!127\.0\.0\.1)/)
    })
  }

  it('the one loosening in the page meta (images from the test server on 127.0.0.1) is not in the header Electron sends, and both apply, so the app cannot load http images', () => {
    expect(directives(meta).get('img-src')).toContain('http://127.0.0.1:*')
    expect(
      directives(CONTENT_SECURITY_POLICY)
        .get('img-src')
        ?.some((v) => v.startsWith('http')),
    ).toBe(false)
  })
})
