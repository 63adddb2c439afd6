/**
 * The editor in Chromium on generated plans (100 and 300 pages): time from clicking a plan to an
 * editable, painted document; keystroke-to-paint latency while typing in the middle of the plan;
 * the renderer's JS heap with the 300-page plan open; and in the backend one save of the 100-page
 * plan through the real contract path (zod parse, schema check, fsync'd write). Writes
 * bench/results/editor.json. Uses RENDERER_DIR if set, else builds the renderer into a temp folder.
 */
import { execFileSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { chromium, type Page } from '@playwright/test'
import { generatePlan } from './generate/plan'
import type { BenchTable } from './run'

const here = dirname(fileURLToPath(import.meta.url))
const KEYSTROKES = Number(process.env.BENCH_KEYSTROKES ?? 300)
const AIMS = { open100: 500, typeP95at300: 16, save100: 30, heapMB300: 200 }

const pct = (xs: number[], p: number) => {
  const s = [...xs].sort((a, b) => a - b)
  return s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))]
}
const round = (n: number) => Math.round(n * 10) / 10

function rendererDir(): { dir: string; cleanup: () => void } {
  if (process.env.RENDERER_DIR) return { dir: resolve(process.env.RENDERER_DIR), cleanup: () => {} }
  const out = mkdtempSync(join(tmpdir(), 'pv-bench-build-'))
  execFileSync('npx', ['electron-vite', 'build', '--outDir', out], { stdio: 'ignore' })
  return { dir: join(out, 'renderer'), cleanup: () => rmSync(out, { recursive: true, force: true }) }
}

/** Clicks the plan on the home screen and waits (in the page) until the text is editable and painted. */
async function openTime(page: Page, title: string): Promise<number> {
  return page.evaluate(async (t) => {
    const button = [...document.querySelectorAll('button')].find(
      (b) => b.getAttribute('aria-label') === `Åbn ${t}` || b.textContent?.includes(t),
    )
    if (!button) throw new Error(`no button for ${t}`)
    const t0 = performance.now()
    button.click()
    return new Promise<number>((done) => {
      const check = () => {
        const pm = document.querySelector('.ProseMirror[contenteditable="true"]')
        if (pm && pm.childElementCount > 10)
          requestAnimationFrame(() => setTimeout(() => done(performance.now() - t0)))
        else requestAnimationFrame(check)
      }
      check()
    })
  }, title)
}

/** Types into a paragraph in the middle of the plan; each keystroke is timed in the page from the
 * key event to the first task after the next frame (i.e. after the frame with the change painted). */
async function typingLatency(page: Page): Promise<number[]> {
  // Offscreen blocks have an estimated height (content-visibility), so the first scroll lands near
  // the paragraph and moves it as the blocks around it are laid out: scroll again once settled,
  // else the click misses the text and the keystrokes go nowhere (and time nothing).
  for (let i = 0; i < 2; i++) {
    await page.evaluate(() => {
      const ps = document.querySelectorAll('.ProseMirror > p')
      ;(ps[Math.floor(ps.length / 2)] as HTMLElement).scrollIntoView({ block: 'center' })
    })
    await page.waitForTimeout(300)
  }
  await page.evaluate(() => {
    const w = window as unknown as { __lat: number[] }
    w.__lat = []
    document.addEventListener(
      'keydown',
      (e) => {
        const t0 = e.timeStamp
        requestAnimationFrame(() => setTimeout(() => w.__lat.push(performance.now() - t0)))
      },
      true,
    )
  })
  const box = await page
    .locator('.ProseMirror > p')
    .nth(
      await page
        .locator('.ProseMirror > p')
        .count()
        .then((n) => Math.floor(n / 2)),
    )
    .boundingBox()
  if (!box) throw new Error('no middle paragraph')
  const text = 'forsamlingshuset og legepladsen ved skolen '
  const typed = () =>
    page.evaluate((t) => document.querySelector('.ProseMirror')?.textContent?.split(t).length ?? 0, text)
  const before = await typed()
  await page.mouse.click(box.x + 40, box.y + 5)
  for (let i = 0; i < KEYSTROKES; i++)
    await page.keyboard.type(text[i % text.length], { delay: 0 }).then(() => page.waitForTimeout(25))
  await page.waitForTimeout(200)
  if ((await typed()) <= before)
    throw new Error('the keystrokes did not reach the text: the timing would be meaningless')
  return page.evaluate(() => (window as unknown as { __lat: number[] }).__lat)
}

async function heapMB(page: Page): Promise<number> {
  const cdp = await page.context().newCDPSession(page)
  await cdp.send('HeapProfiler.collectGarbage')
  const { usedSize } = (await cdp.send('Runtime.getHeapUsage')) as { usedSize: number }
  return round(usedSize / 1024 / 1024)
}

async function saveTime(): Promise<number> {
  const { createBackend } = await import('../src/main/backend/index')
  const { createHandlers } = await import('../src/main/handlers')
  const { dispatch } = await import('../src/main/backend/dispatch')
  const { TestHost } = await import('../tests/e2e/fixtures/testHost')
  const dataDir = mkdtempSync(join(tmpdir(), 'pv-bench-save-'))
  const backend = await createBackend({ dataDir, resourcesDir: resolve('resources') })
  try {
    const handlers = createHandlers(backend, new TestHost(() => 'http://localhost'))
    const { doc } = generatePlan(100)
    const created = (await dispatch(handlers, 'plans.create', { title: 'Bench 100', council: 'Bench' })) as {
      ok: boolean
      value: { id: string; rev: number }
    }
    let rev = created.value.rev
    const times: number[] = []
    for (let i = 0; i < 7; i++) {
      const t = performance.now()
      const res = (await dispatch(handlers, 'plans.save', { id: created.value.id, rev, doc })) as {
        ok: boolean
        value: { rev: number }
        error?: { message: string }
      }
      times.push(performance.now() - t)
      if (!res.ok) throw new Error(res.error?.message)
      rev = res.value.rev
    }
    return round(pct(times.slice(1), 50))
  } finally {
    await backend.close()
    rmSync(dataDir, { recursive: true, force: true })
  }
}

export async function run(): Promise<BenchTable> {
  const { AppHarness } = await import('../tests/e2e/fixtures/harness')
  const { chromiumArgs, chromiumPath } = await import('../tests/e2e/fixtures/browser')
  const build = rendererDir()
  process.env.RENDERER_DIR = build.dir
  const browser = await chromium.launch({ executablePath: chromiumPath(), args: chromiumArgs })
  const rows: BenchTable['rows'] = []
  const figures: Record<string, unknown> = {}
  try {
    for (const pages of [100, 300]) {
      const app = await AppHarness.start(browser)
      try {
        // tsx (esbuild keepNames) wraps named inner functions in __name(); give the page a no-op one.
        await app.page.context().addInitScript({ content: 'window.__name = (f) => f' })
        await app.page.evaluate('window.__name = (f) => f')
        const title = `Bench ${pages} sider`
        const { doc } = generatePlan(pages)
        await app.page.evaluate(
          async ([t, d]) => {
            const c = await window.api['plans.create']({ title: t as string, council: 'Bench Lokalråd' })
            if (!c.ok) throw new Error(c.error.message)
            const s = await window.api['plans.save']({ id: c.value.id, rev: c.value.rev, doc: d as never })
            if (!s.ok) throw new Error(s.error.message)
          },
          [title, doc] as const,
        )
        const opens: number[] = []
        for (let i = 0; i < 3; i++) {
          await app.page.reload()
          await app.page.getByRole('button', { name: `Åbn ${title}` }).waitFor()
          opens.push(await openTime(app.page, title))
        }
        const lat = await typingLatency(app.page)
        const heap = await heapMB(app.page)
        const row = {
          plan: `${pages} sider`,
          'åbn ms (median)': round(pct(opens, 50)),
          'tast p50 ms': round(pct(lat, 50)),
          'tast p95 ms': round(pct(lat, 95)),
          'tast max ms': round(Math.max(...lat)),
          'JS-heap MB': heap,
        }
        rows.push(row)
        figures[`${pages}`] = {
          opensMs: opens.map(round),
          latencyMs: lat.map(round),
          heapMB: heap,
          keystrokes: lat.length,
        }
      } finally {
        await app.dispose()
      }
    }
    const save = await saveTime()
    rows.push({ plan: '100 sider, gem i backend', 'gem ms (median)': save })
    figures.save100Ms = save
  } finally {
    await browser.close()
    build.cleanup()
  }
  const r100 = rows[0] as Record<string, number>
  const r300 = rows[1] as Record<string, number>
  const notes = [
    `Mål: åbn 100 sider < ${AIMS.open100} ms (${r100['åbn ms (median)']}), tast p95 ved 300 sider < ${AIMS.typeP95at300} ms (${r300['tast p95 ms']}), gem < ${AIMS.save100} ms (${figures.save100Ms}), heap 300 sider < ${AIMS.heapMB300} MB (${r300['JS-heap MB']}).`,
    'Åbn er målt fra klik på planen til et redigerbart, malet dokument, inkl. plans.get over testbroen (Playwright exposeFunction, langsommere end Electrons IPC).',
  ]
  mkdirSync(join(here, 'results'), { recursive: true })
  writeFileSync(
    join(here, 'results', 'editor.json'),
    JSON.stringify({ at: new Date().toISOString(), aims: AIMS, rows, figures }, null, 2),
  )
  return { title: 'Editor: åbning, tastning og hukommelse (Chromium), gem (backend)', rows, notes }
}
