/**
 * The bare TipTap page (bench/bare) built with Vite into a temp folder and served on 127.0.0.1,
 * for the editor bench to open in the same browser, in the same run, as the app.
 */
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { build } from 'vite'
import type { Browser, Page } from '@playwright/test'
import type { DocJSON } from '../../src/shared/model/plan'
import { startAppProtocolServer } from '../../tests/e2e/fixtures/appProtocolServer'

const root = join(dirname(fileURLToPath(import.meta.url)), '..', 'bare')

export async function startBarePeer() {
  const out = mkdtempSync(join(tmpdir(), 'pv-bench-bare-'))
  await build({ root, logLevel: 'silent', base: './', build: { outDir: out, emptyOutDir: true } })
  const server = await startAppProtocolServer(out, () => () => null)
  return {
    /** A fresh page with the plan drawn; resolves with the ms from the call to the painted frame. */
    async open(browser: Browser, doc: DocJSON): Promise<{ page: Page; drawMs: number }> {
      const context = await browser.newContext({ viewport: { width: 1280, height: 860 } })
      const page = await context.newPage()
      await page.addInitScript({ content: 'window.__name = (f) => f' })
      await page.goto(`${server.origin}/index.html`)
      const drawMs = await page.evaluate(
        (d) => (window as unknown as { openBare: (doc: unknown) => Promise<number> }).openBare(d),
        doc as never,
      )
      return { page, drawMs }
    },
    async close() {
      await server.close()
      rmSync(out, { recursive: true, force: true })
    },
  }
}
