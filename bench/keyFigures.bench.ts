/**
 * Typing in a 100-page plan with ten Nøgletal charts against typing in the same plan without them
 * (the same generated text, the charts put between its blocks), both in the built app in Chromium
 * through the e2e harness, open at once and measured in turns, so the shared machine's load falls
 * on both. The aim (issue 18): a plan with charts types no worse than one without (p95). Writes
 * bench/results/keyFigures.json with its ratio rows (bench/ratioTable.ts). Uses RENDERER_DIR if
 * set, else out/renderer (run `npx electron-vite build` first).
 */
import { chromium, type Browser, type Page } from '@playwright/test'
import type { DocJSON } from '../src/shared/model/plan'
import type { KeyFigureTable } from '../src/shared/model/keyFigures'
import {
  caretInTheMiddle,
  keystrokeTiming,
  pct,
  startKeystrokeTiming,
  typeLetters,
  type Typing,
} from './editor/measure'
import { generatePlan } from './generate/plan'
import { ratioRow, writeResults, type RatioRow } from './ratioTable'
import type { BenchTable } from './run'

const KEYSTROKES = Number(process.env.BENCH_KEYSTROKES ?? 300)
const CHUNKS = 6
const PAGES = 100
const CHARTS = 10

/** Ten years of residents, and men and women by age: the two shapes a plan's charts mostly have. */
function chartTable(n: number): KeyFigureTable {
  if (n % 2 === 0)
    return {
      title: `Indbyggere ${n}`,
      source: 'Kilde: Danmarks Statistik, FOLK1A, 2026',
      labelHeading: 'År',
      columns: ['Indbyggere'],
      unit: 'personer',
      rows: Array.from({ length: 11 }, (_, i) => ({ label: String(2016 + i), values: [655 - i * 4 + n] })),
      chart: 'line',
    }
  return {
    title: `Alder og køn ${n}`,
    source: 'Kilde: Danmarks Statistik, FOLK1A, 2026',
    labelHeading: 'Alder',
    columns: ['Mænd', 'Kvinder'],
    unit: 'personer',
    rows: ['0-9 år', '10-19 år', '20-39 år', '40-59 år', '60-79 år', '80+ år'].map((label, i) => ({
      label,
      values: [30 + i * 7 + n, 28 + i * 8],
    })),
    chart: 'pyramid',
  }
}

/** The plan with ten charts spread through it, after headings (never in the middle paragraph). */
function withCharts(doc: DocJSON): DocJSON {
  const content = [...(doc.content ?? [])]
  const step = Math.floor(content.length / (CHARTS + 1))
  for (let i = CHARTS; i >= 1; i--)
    content.splice(i * step, 0, { type: 'keyFigures', attrs: chartTable(i) } as (typeof content)[number])
  return { ...doc, content }
}

type Side = { page: Page; close: () => Promise<void> }

async function openPlan(browser: Browser, title: string, doc: DocJSON): Promise<Side> {
  const { AppHarness } = await import('../tests/e2e/fixtures/harness')
  const app = await AppHarness.start(browser)
  await app.page.context().addInitScript({ content: 'window.__name = (f) => f' })
  await app.page.evaluate('window.__name = (f) => f')
  await app.page.evaluate(
    async ([t, d]) => {
      const c = await window.api['plans.create']({ title: t as string, council: 'Bench Lokalråd' })
      if (!c.ok) throw new Error(c.error.message)
      const s = await window.api['plans.save']({ id: c.value.id, rev: c.value.rev, doc: d as never })
      if (!s.ok) throw new Error(s.error.message)
    },
    [title, doc] as const,
  )
  await app.page.reload()
  await app.page.getByRole('button', { name: `Åbn ${title}` }).click()
  await app.page.locator('.ProseMirror[contenteditable="true"]').waitFor()
  await app.page.waitForTimeout(1500)
  return { page: app.page, close: () => app.dispose() }
}

export async function run(): Promise<BenchTable> {
  const { chromiumArgs, chromiumPath } = await import('../tests/e2e/fixtures/browser')
  const browser = await chromium.launch({ executablePath: chromiumPath(), args: chromiumArgs })
  const { doc } = generatePlan(PAGES)
  const charted = withCharts(doc)
  const ratios: RatioRow[] = []
  let typing: Typing[] = []
  let charts = 0
  try {
    const sides = [
      await openPlan(browser, 'Med nøgletal', charted),
      await openPlan(browser, 'Uden nøgletal', doc),
    ]
    try {
      charts = await sides[0].page.locator('figure.key-figures img').count()
      for (const s of sides) {
        await caretInTheMiddle(s.page)
        await startKeystrokeTiming(s.page)
      }
      const chunk = Math.ceil(KEYSTROKES / CHUNKS)
      for (let c = 0; c < CHUNKS; c++) for (const s of sides) await typeLetters(s.page, chunk, c * chunk)
      typing = await Promise.all(sides.map((s) => keystrokeTiming(s.page)))
    } finally {
      for (const s of sides) await s.close()
    }
  } finally {
    await browser.close()
  }
  const [ours, peer] = typing
  const what = `${PAGES} pages with ${CHARTS} Nøgletal charts`
  const row = (label: string, a: number, b: number, aim?: string) =>
    ratios.push(ratioRow(`${label}, ${what}`, 'the same plan without charts', 'ms', a, b, aim))
  row('keystroke to paint p50 (rAF)', pct(ours.latency, 50), pct(peer.latency, 50))
  row('keystroke to paint p95 (rAF)', pct(ours.latency, 95), pct(peer.latency, 95), '<= 1.1x')
  row('Event Timing processing p95', pct(ours.processing, 95), pct(peer.processing, 95), '<= 1.1x')
  writeResults('keyFigures', { keystrokes: KEYSTROKES, chartsDrawn: charts }, ratios)
  return {
    title: 'Typing with Nøgletal charts against the same plan without (Chromium)',
    rows: ratios.map((r) => ({
      what: r.what,
      'with charts': r.ours,
      'without charts': r.theirs,
      ratio: r.ratio,
      unit: r.unit,
      aim: r.aim ?? '',
    })),
    notes: [
      `both: the built app (RENDERER_DIR or out/renderer) through the e2e harness, ${KEYSTROKES} letters 25 ms apart in the middle paragraph, in ${CHUNKS} chunks per side in turns; ${charts} charts drawn in the plan with charts (ECharts SVG in <img>)`,
      'aim "<= 1.1x": no worse than without charts, within the noise of two runs on a shared machine',
    ],
  }
}
