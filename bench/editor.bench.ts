/**
 * The editor in Chromium on generated plans (100 and 300 pages), each figure beside the same figure
 * of a bare TipTap page (bench/bare) in the same browser and run (bench/editor/measure.ts says how
 * each is taken): open to a painted document (transport measured apart), keystroke to paint (rAF),
 * Event Timing per keystroke, main-thread work per keystroke and per pause in typing (Chrome
 * trace), the JS heap once GC has settled and the DOM size, both sides in the same state (the same
 * letters typed, the pause over); and in the backend one save of the 100-page plan through the real
 * contract path. Writes bench/results/editor.json with its ratio rows (bench/ratioTable.ts). Uses
 * RENDERER_DIR if set, else builds the renderer into a temp folder.
 */
import { execFileSync } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { chromium, type Browser, type Page } from '@playwright/test'
import type { DocJSON } from '../src/shared/model/plan'
import {
  caretInTheMiddle,
  domSize,
  pct,
  round,
  settledHeapMB,
  typeAndTime,
  workWhileTyping,
  type Typing,
  type Work,
} from './editor/measure'
import { startBarePeer } from './editor/barePeer'
import { generatePlan } from './generate/plan'
import { ratioRow, writeResults, type RatioRow } from './ratioTable'
import type { BenchTable } from './run'

type BarePeer = Awaited<ReturnType<typeof startBarePeer>>
const KEYSTROKES = Number(process.env.BENCH_KEYSTROKES ?? 300)

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

/**
 * What fetching the plan costs over the test bridge (Playwright's exposeFunction serialises the
 * document twice; Electron's IPC of the same document is ~14 ms): the app never pays this, so it is
 * measured apart and taken out of the open time.
 */
async function transportTime(page: Page, id: string): Promise<number> {
  return page.evaluate(async (planId) => {
    const t0 = performance.now()
    await window.api['plans.get']({ id: planId })
    return performance.now() - t0
  }, id)
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

type Side = { openMs: number; typing: Typing; work: Work; heap: number; dom: number }

/** The same steps on both sides once the plan is drawn: type, type in bursts with pauses, settle. */
async function measureTyping(page: Page, beforeBursts = async () => {}): Promise<Omit<Side, 'openMs'>> {
  await caretInTheMiddle(page)
  const typing = await typeAndTime(page, KEYSTROKES)
  await beforeBursts()
  const cdp = await page.context().newCDPSession(page)
  const work = await workWhileTyping(page, cdp)
  await cdp.detach()
  return { typing, work, heap: await settledHeapMB(page), dom: await domSize(page) }
}

/**
 * During the bursts and pauses, ours saves through a stand-in for the transport: the test bridge
 * (Playwright's exposeFunction) serialises a 5 MB document in the page and hands the string to the
 * browser, hundreds of ms that are the harness's, not the app's (the app pays Electron's IPC). The
 * stand-in answers as the backend does; what the app does before it (the document to JSON, the
 * status, the outline, the word count) stays measured. What IPC costs is measured apart:
 * structuredClone of the document, the algorithm Electron serialises with (clone = both halves).
 */
async function stubSaveTransport(page: Page): Promise<void> {
  await page.evaluate(() => {
    const real = window.api
    const save: (typeof real)['plans.save'] = async (input) => {
      await new Promise((reply) => setTimeout(reply))
      const { rev } = input as { rev: number }
      return { ok: true, value: { rev: rev + 1, updatedAt: new Date().toISOString() } }
    }
    window.api = Object.freeze({ ...real, 'plans.save': save })
  })
}

async function structuredCloneMs(page: Page, doc: DocJSON): Promise<number> {
  return page.evaluate((d) => {
    const times: number[] = []
    for (let i = 0; i < 5; i++) {
      const t0 = performance.now()
      structuredClone(d)
      times.push(performance.now() - t0)
    }
    return times.sort((x, y) => x - y)[2]
  }, doc as never)
}

async function measureOurs(
  browser: Browser,
  pages: number,
  doc: DocJSON,
): Promise<Side & { transportMs: number; cloneMs: number }> {
  const { AppHarness } = await import('../tests/e2e/fixtures/harness')
  const app = await AppHarness.start(browser)
  try {
    // tsx (esbuild keepNames) wraps named inner functions in __name(); give the page a no-op one.
    await app.page.context().addInitScript({ content: 'window.__name = (f) => f' })
    await app.page.evaluate('window.__name = (f) => f')
    const title = `Bench ${pages} sider`
    const id = await app.page.evaluate(
      async ([t, d]) => {
        const c = await window.api['plans.create']({ title: t as string, council: 'Bench Lokalråd' })
        if (!c.ok) throw new Error(c.error.message)
        const s = await window.api['plans.save']({ id: c.value.id, rev: c.value.rev, doc: d as never })
        if (!s.ok) throw new Error(s.error.message)
        return c.value.id
      },
      [title, doc] as const,
    )
    const opens: number[] = []
    const transports: number[] = []
    for (let i = 0; i < 3; i++) {
      await app.page.reload()
      await app.page.getByRole('button', { name: `Åbn ${title}` }).waitFor()
      transports.push(await transportTime(app.page, id))
      opens.push(await openTime(app.page, title))
    }
    const transportMs = pct(transports, 50)
    const typed = await measureTyping(app.page, () => stubSaveTransport(app.page))
    return {
      openMs: pct(opens, 50) - transportMs,
      transportMs,
      cloneMs: await structuredCloneMs(app.page, doc),
      ...typed,
    }
  } finally {
    await app.dispose()
  }
}

async function measureBare(browser: Browser, doc: DocJSON, peer: BarePeer): Promise<Side> {
  const opens: number[] = []
  let last: Page | null = null
  for (let i = 0; i < 3; i++) {
    await last?.context().close()
    const { page, drawMs } = await peer.open(browser, doc)
    opens.push(drawMs)
    last = page
  }
  const page = last!
  try {
    return { openMs: pct(opens, 50), ...(await measureTyping(page)) }
  } finally {
    await page.context().close()
  }
}

export async function run(): Promise<BenchTable> {
  const { chromiumArgs, chromiumPath } = await import('../tests/e2e/fixtures/browser')
  const build = rendererDir()
  process.env.RENDERER_DIR = build.dir
  const browser = await chromium.launch({ executablePath: chromiumPath(), args: chromiumArgs })
  const peer = await startBarePeer()
  const ratios: RatioRow[] = []
  const figures: Record<string, unknown> = {}
  try {
    for (const pages of [100, 300]) {
      const { doc } = generatePlan(pages)
      const ours = await measureOurs(browser, pages, doc)
      const bare = await measureBare(browser, doc, peer)
      const row = (what: string, unit: RatioRow['unit'], a: number, b: number, aim?: string) =>
        ratios.push(ratioRow(`${what}, ${pages} pages`, 'bare TipTap', unit, a, b, aim))
      const both = (f: (s: Side) => number[], p: number) => [pct(f(ours), p), pct(f(bare), p)] as const
      row('open, excl. transport', 'ms', ours.openMs, bare.openMs, '<= 1.2x')
      row('keystroke to paint p50 (rAF)', 'ms', ...both((s) => s.typing.latency, 50))
      row('keystroke to paint p95 (rAF)', 'ms', ...both((s) => s.typing.latency, 95), '<= 1.1x')
      row('main-thread work per keystroke p50', 'ms', ...both((s) => s.work.perKeystroke, 50), '<= 1.1x')
      row('main-thread work per keystroke p95', 'ms', ...both((s) => s.work.perKeystroke, 95), '<= 1.1x')
      row('Event Timing processing p50', 'ms', ...both((s) => s.typing.processing, 50), '<= 1.1x')
      row('Event Timing processing p95', 'ms', ...both((s) => s.typing.processing, 95), '<= 1.1x')
      row('Event Timing duration p95', 'ms', ...both((s) => s.typing.duration, 95))
      row(
        'keystrokes Event Timing reported (>= 16 ms)',
        'count',
        ours.typing.duration.length,
        bare.typing.duration.length,
      )
      row(
        'main-thread work per pause, save transport aside',
        'ms',
        ...both((s) => s.work.perPause, 50),
        '<= 5 ms',
      )
      ratios.push(
        ratioRow(
          `structured clone of the saved document (what IPC does), ${pages} pages`,
          'none',
          'ms',
          ours.cloneMs,
          null,
        ),
      )
      row('JS heap, GC settled', 'MB', ours.heap, bare.heap, '<= 1.5x')
      row('DOM elements in the editor', 'count', ours.dom, bare.dom)
      figures[`${pages}`] = { ours, bare }
    }
    const save = await saveTime()
    ratios.push(ratioRow('save in the backend, 100 pages (median)', 'none', 'ms', save, null, '< 30 ms'))
    figures.save100Ms = save
  } finally {
    await peer.close()
    await browser.close()
    build.cleanup()
  }
  writeResults('editor', { keystrokes: KEYSTROKES, figures }, ratios)
  const rows: BenchTable['rows'] = ratios.map((r) => ({
    what: r.what,
    ours: r.ours,
    'bare TipTap': r.theirs,
    'ours / bare': r.ratio,
    unit: r.unit,
    aim: r.aim ?? '',
  }))
  const notes = [
    'ours: the built app in Chromium through the e2e harness; bare: bench/bare, TipTap StarterKit + tables with the same content (custom nodes as the plain blocks they hold) and the same content-visibility rule, same browser, same run',
    'open: click on the plan (ours) / new Editor (bare) to the painted frame; ours minus plans.get over the test bridge, measured apart (the app pays Electron IPC instead)',
    `keystroke to paint: ${KEYSTROKES} letters 25 ms apart in the middle paragraph, key event to the first task after the next frame`,
    'Event Timing: per keystroke, keydown+keypress+keyup handlers (processing) and the longest event to its paint (duration); the API reports only keystrokes of 16 ms or more, counted in its row',
    'main-thread work: all tasks of the renderer main thread in a Chrome trace (script, style, layout, paint, hit-testing); per keystroke from one keydown to the next in bursts of 20; per pause from 150 ms after the last key of a burst to the next burst, 2.5 s (autosave waits 0.7 s), median of 4 pauses',
    'pause work: ours saves through a stand-in for the transport during the bursts (the test bridge serialises 5 MB in the page, which the app never does); everything before it stays in (the document to JSON, the save state, outline, word count); what Electron IPC costs is shown apart as a structured clone of the document',
    'heap: forced GC repeated until the heap stops shrinking, both pages in the same state (the same letters typed, the last pause over)',
  ]
  return { title: 'Editor against a bare TipTap page (Chromium), save (backend)', rows, notes }
}
