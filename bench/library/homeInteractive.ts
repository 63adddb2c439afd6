/**
 * The home screen in Chromium on a data folder: the built app through the e2e harness (real
 * backend, window.api bridged as the preload does), from navigation to the frame after the list is
 * drawn (its N plan rows, or the empty state for none). Each start opens a new backend and a new
 * page, as a start of the app would, so nothing a previous round read is cached.
 */
import { execFileSync } from 'node:child_process'
import { existsSync, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { chromium, type Browser, type Page } from '@playwright/test'
import { createBackend, type Backend } from '../../src/main/backend/index'
import { createHandlers } from '../../src/main/handlers'
import { chromiumArgs, chromiumPath } from '../../tests/e2e/fixtures/browser'
import { bridgeApi } from '../../tests/e2e/fixtures/bridge'
import { startAppProtocolServer } from '../../tests/e2e/fixtures/appProtocolServer'
import { TestHost } from '../../tests/e2e/fixtures/testHost'

/** RENDERER_DIR when it holds a build, else a build of our own into a temp folder. */
export function rendererBuild(): { dir: string; cleanup: () => void } {
  const given = process.env.RENDERER_DIR
  if (given && existsSync(join(given, 'index.html'))) return { dir: resolve(given), cleanup: () => {} }
  const out = mkdtempSync(join(tmpdir(), 'pv-bench-library-build-'))
  execFileSync('npx', ['electron-vite', 'build', '--outDir', out], { stdio: 'ignore' })
  return { dir: join(out, 'renderer'), cleanup: () => rmSync(out, { recursive: true, force: true }) }
}

/** ms from navigation start to the frame after the home list shows `count` rows (or "no plans"). */
function listDrawn(page: Page, count: number): Promise<number> {
  return page.evaluate(
    (n) =>
      new Promise<number>((done) => {
        const drawn = () =>
          n === 0
            ? !!document.querySelector('.home-empty')
            : document.querySelectorAll('.plan-row').length === n
        const check = () => {
          if (drawn()) requestAnimationFrame(() => setTimeout(() => done(performance.now())))
          else requestAnimationFrame(check)
        }
        check()
      }),
    count,
  )
}

export type HomeSession = {
  /** One start of the app on the folder (backend, then a new page): ms to the drawn list. */
  open(count: number): Promise<number>
  close(): Promise<void>
}

/**
 * The app on `dataDir` as the e2e harness runs it (static server for the renderer, real backend,
 * window.api bridged), built here from its parts: the harness reads RENDERER_DIR once when it is
 * first imported, and an earlier bench may have pointed it at a build it has removed since.
 */
export async function homeSession(
  browser: Browser,
  rendererDir: string,
  dataDir: string,
): Promise<HomeSession> {
  let backend: Backend | null = null
  const server = await startAppProtocolServer(rendererDir, () => backend!.assets.resolveAssetPath)
  const host = new TestHost(() => server.origin)
  let page: Page | null = null
  const stop = async () => {
    await page?.context().close()
    await backend?.close()
    page = null
    backend = null
  }
  return {
    async open(count) {
      await stop()
      backend = await createBackend({ dataDir, resourcesDir: resolve('resources') })
      const handlers = createHandlers(backend, host)
      const context = await browser.newContext({ viewport: { width: 1280, height: 860 }, locale: 'da-DK' })
      // tsx (esbuild keepNames) wraps named inner functions in __name(); give the page a no-op one.
      await context.addInitScript({ content: 'window.__name = (f) => f' })
      page = await context.newPage()
      await bridgeApi(page, () => handlers)
      await page.goto(`${server.origin}/index.html`)
      return listDrawn(page, count)
    },
    async close() {
      await stop()
      await server.close()
    },
  }
}

/** Chromium with a renderer build, for `fn`; the build is removed afterwards if it is ours. */
export async function withBrowser<T>(fn: (browser: Browser, rendererDir: string) => Promise<T>): Promise<T> {
  const build = rendererBuild()
  const browser = await chromium.launch({ executablePath: chromiumPath(), args: chromiumArgs })
  try {
    return await fn(browser, build.dir)
  } finally {
    await browser.close()
    build.cleanup()
  }
}
