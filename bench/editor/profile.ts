/**
 * Where a pause in typing goes, for finding what to cut (not a bench: `npx tsx bench/editor/profile.ts`).
 * MODE=trace: the main thread's trace events of one pause summed by name, with the frames' times;
 * MODE=mut: the DOM changes in one pause; MODE=pause (default) or MODE=keys: a CPU profile of three
 * pauses or bursts, self time by function (files in /tmp/perf). PAGES=100 for a smaller plan, BARE=1
 * for the bare TipTap page. Needs a built renderer (out/renderer, or RENDERER_DIR).
 */
import { mkdirSync } from 'node:fs'
import { chromium } from '@playwright/test'
import { generatePlan } from '../generate/plan'
import { caretInTheMiddle, typeLetters } from './measure'
import { writeFileSync } from 'node:fs'

const { chromiumArgs, chromiumPath } = await import('../../tests/e2e/fixtures/browser')
const { AppHarness } = await import('../../tests/e2e/fixtures/harness')
const browser = await chromium.launch({ executablePath: chromiumPath(), args: chromiumArgs })
const { startBarePeer } = await import('./barePeer')
const bare = process.env.BARE ? await startBarePeer() : null
const app = await AppHarness.start(browser)
let page = app.page
await page.context().addInitScript({ content: 'window.__name = (f) => f' })
await page.evaluate('window.__name = (f) => f')
const { doc } = generatePlan(Number(process.env.PAGES ?? 300))
const title = 'Bench sider'
await page.evaluate(
  async ([t, d]) => {
    const c = await window.api['plans.create']({ title: t as string, council: 'Bench' })
    if (!c.ok) throw new Error(c.error.message)
    const s = await window.api['plans.save']({ id: c.value.id, rev: c.value.rev, doc: d as never })
    if (!s.ok) throw new Error(s.error.message)
  },
  [title, doc] as const,
)
if (bare) page = (await bare.open(browser, doc)).page
else {
  await page.reload()
  await page.getByRole('button', { name: `Åbn ${title}` }).click()
  await page.waitForSelector('.ProseMirror[contenteditable="true"]')
}
await page.waitForTimeout(3000)
if (!bare)
  await page.evaluate(() => {
    const real = window.api
    const save: (typeof real)['plans.save'] = async (input) => {
      await new Promise((r) => setTimeout(r))
      const { rev } = input as { rev: number }
      return { ok: true, value: { rev: rev + 1, updatedAt: new Date().toISOString() } }
    }
    window.api = Object.freeze({ ...real, 'plans.save': save })
  })
await caretInTheMiddle(page)
await typeLetters(page, 20, 0)
await page.waitForTimeout(2500)
mkdirSync('/tmp/perf', { recursive: true })
const cdp = await page.context().newCDPSession(page)
if (process.env.MODE === 'mut') {
  await page.evaluate(() => {
    const w = window as unknown as { muts: string[]; t0: number }
    w.muts = []
    const desc = (n: Node | null): string => {
      const parts: string[] = []
      for (
        let e = n instanceof Element ? n : (n?.parentElement ?? null);
        e && parts.length < 4;
        e = e.parentElement
      )
        parts.push(
          e.tagName.toLowerCase() +
            (e.className && typeof e.className === 'string' ? '.' + e.className.split(' ')[0] : ''),
        )
      return parts.join('<')
    }
    new MutationObserver((ms) => {
      for (const m of ms)
        w.muts.push(
          `${(performance.now() - w.t0).toFixed(0)} ${m.type} ${m.attributeName ?? ''} ${desc(m.target)}`,
        )
    }).observe(document.body, { subtree: true, childList: true, attributes: true, characterData: true })
  })
  await typeLetters(page, 20, 20)
  await page.evaluate(() => {
    const w = window as unknown as { muts: string[]; t0: number }
    w.muts = []
    w.t0 = performance.now()
  })
  await page.waitForTimeout(2500)
  const muts = await page.evaluate(() => (window as unknown as { muts: string[] }).muts)
  console.log(muts.slice(0, 80).join('\n'))
  process.exit(0)
}
if (process.env.MODE === 'trace') {
  type Ev = {
    name: string
    ph: string
    ts: number
    dur?: number
    pid: number
    tid: number
    args?: { data?: { type?: string; functionName?: string; url?: string; timerId?: number } }
  }
  const events: Ev[] = []
  cdp.on('Tracing.dataCollected', (e: { value: object[] }) => void events.push(...(e.value as Ev[])))
  await typeLetters(page, 20, 20)
  await page.waitForTimeout(150)
  await cdp.send('Tracing.start', {
    categories: 'devtools.timeline,disabled-by-default-devtools.timeline,toplevel,v8',
    transferMode: 'ReportEvents',
  })
  await page.waitForTimeout(2500)
  const done = new Promise<void>((r) => cdp.once('Tracing.tracingComplete', () => r()))
  await cdp.send('Tracing.end')
  await done
  const mains = events.filter(
    (e) => e.name === 'thread_name' && (e.args as { name?: string } | undefined)?.name === 'CrRendererMain',
  )
  const busy = (m: Ev) =>
    events
      .filter((e) => e.pid === m.pid && e.tid === m.tid && e.name === 'RunTask')
      .reduce((s, e) => s + (e.dur ?? 0), 0)
  const main = mains.sort((a, b) => busy(b) - busy(a))[0]
  const mine = events.filter((e) => e.pid === main.pid && e.tid === main.tid && e.ph === 'X')
  const by = new Map<string, number>()
  for (const e of mine) {
    const k =
      e.name === 'EventDispatch' || e.name === 'TimerFire' || e.name === 'FunctionCall'
        ? `${e.name} ${e.args?.data?.type ?? e.args?.data?.functionName ?? ''} ${e.args?.data?.url?.split('/').pop() ?? ''}`
        : e.name
    by.set(k, (by.get(k) ?? 0) + (e.dur ?? 0) / 1000)
  }
  console.log('RunTask total', (busy(main) / 1000).toFixed(1))
  const t0 = Math.min(...mine.map((e) => e.ts))
  for (const n of [
    'Commit',
    'Paint',
    'IntersectionObserverController::computeIntersections',
    'HitTest',
    'TimerFire',
    'Layout',
  ])
    console.log(
      n,
      mine
        .filter((e) => e.name === n)
        .map((e) => `${((e.ts - t0) / 1000).toFixed(0)}:${((e.dur ?? 0) / 1000).toFixed(1)}`)
        .join(' '),
    )
  for (const [k, v] of [...by].sort((a, b) => b[1] - a[1]).slice(0, 40))
    console.log(v.toFixed(2).padStart(8), k)
  writeFileSync('/tmp/perf/trace.json', JSON.stringify(mine))
  await app.dispose()
  await browser.close()
  process.exit(0)
}
await cdp.send('Profiler.enable')
await cdp.send('Profiler.setSamplingInterval', { interval: 100 })
const mode = process.env.MODE ?? 'pause'
const self = new Map<string, number>()
let total = 0
for (let b = 0; b < 3; b++) {
  if (mode === 'pause') {
    await typeLetters(page, 20, 20 * (b + 1))
    await page.waitForTimeout(150)
    await cdp.send('Profiler.start')
    await page.waitForTimeout(2500)
  } else {
    await cdp.send('Profiler.start')
    await typeLetters(page, 20, 20 * (b + 1))
    await page.waitForTimeout(100)
  }
  const { profile } = (await cdp.send('Profiler.stop')) as {
    profile: {
      nodes: {
        id: number
        callFrame: { functionName: string; url: string; lineNumber: number }
        hitCount?: number
        children?: number[]
      }[]
      samples: number[]
      timeDeltas: number[]
    }
  }
  writeFileSync(`/tmp/perf/${mode}${b}.cpuprofile`, JSON.stringify(profile))
  const byId = new Map(profile.nodes.map((n) => [n.id, n]))
  for (let i = 0; i < profile.samples.length; i++) {
    const n = byId.get(profile.samples[i])!
    const dt = (profile.timeDeltas[i + 1] ?? 0) / 1000
    const key = `${n.callFrame.functionName || '(anon)'} ${n.callFrame.url.split('/').pop()}:${n.callFrame.lineNumber}`
    self.set(key, (self.get(key) ?? 0) + dt)
    if (n.callFrame.functionName !== '(idle)') total += dt
  }
}
console.log('non-idle ms per', mode, (total / 3).toFixed(1))
for (const [k, v] of [...self].sort((a, b) => b[1] - a[1]).slice(0, 45))
  console.log((v / 3).toFixed(2).padStart(8), k)
await app.dispose()
await browser.close()
