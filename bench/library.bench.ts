/**
 * The home screen's list on a library of 0, 50 and 200 generated 100-page plans: a start of the
 * backend on the folder, then plans.list, timed apart and together, and the main-process heap still
 * held once the list is shown (after a forced GC, backend and list alive); and the built app in
 * Chromium from navigation to the drawn list. Aim (issue 15): the home list with 50 plans drawn at
 * most 1.1x the time with none, 200 plans listed in under 50 ms. Also the first start on a library without its
 * summary index (as after an update from a version that had none): every plan is read once.
 * Interleaved rounds (0, 50, 200, 0, ...), medians. Writes bench/results/library.json.
 */
import { randomUUID } from 'node:crypto'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { setFlagsFromString } from 'node:v8'
import { runInNewContext } from 'node:vm'
import { createBackend } from '../src/main/backend/index'
import { PLAN_SCHEMA_VERSION, type Plan } from '../src/shared/model/plan'
import { generatePlan } from './generate/plan'
import { homeSession, withBrowser, type HomeSession } from './library/homeInteractive'
import { ratioRow, writeResults } from './ratioTable'
import type { BenchTable } from './run'

const RUNS = Number(process.env.BENCH_RUNS ?? 7)
/** The Chromium part restarts app and page per round; fewer rounds, each costs a second or two. */
const HOME_RUNS = Number(process.env.BENCH_HOME_RUNS ?? 5)
const SIZES = [0, 50, 200] as const
const RESOURCES_DIR = resolve('resources')

setFlagsFromString('--expose-gc')
const gc = runInNewContext('gc') as () => void
function heapMB(): number {
  gc()
  gc()
  return process.memoryUsage().heapUsed / 2 ** 20
}

/** A data folder with `count` plans written through the store, as the app would have them. */
async function libraryOf(count: number): Promise<string> {
  const dataDir = mkdtempSync(join(tmpdir(), `pv-bench-library-${count}-`))
  const backend = await createBackend({ dataDir, resourcesDir: RESOURCES_DIR })
  const { meta, doc } = generatePlan(100)
  for (let i = 0; i < count; i++) {
    const at = new Date(Date.parse('2026-01-01T00:00:00Z') + i * 60_000).toISOString()
    const plan: Plan = {
      schemaVersion: PLAN_SCHEMA_VERSION,
      id: randomUUID(),
      rev: 1,
      meta: { ...meta, title: `Udviklingsplan ${i + 1}`, updatedAt: at },
      doc,
    }
    await backend.plans.adopt(plan)
  }
  await backend.close()
  return dataDir
}

type Round = { startMs: number; listMs: number; heldMB: number; listed: number }

/** One start as the app does it: open the folder, list the plans; heap measured with both alive. */
async function startAndList(dataDir: string, beforeList?: () => void): Promise<Round> {
  const before = heapMB()
  const t0 = performance.now()
  const backend = await createBackend({ dataDir, resourcesDir: RESOURCES_DIR })
  beforeList?.()
  const t1 = performance.now()
  const list = await backend.plans.list()
  const t2 = performance.now()
  const heldMB = heapMB() - before
  await backend.close()
  return { startMs: t2 - t0, listMs: t2 - t1, heldMB, listed: list.plans.length }
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]
const round = (x: number, digits = 1) => Math.round(x * 10 ** digits) / 10 ** digits

export async function run(): Promise<BenchTable> {
  const dirs = new Map<number, string>()
  for (const n of SIZES) dirs.set(n, await libraryOf(n))
  const rounds = new Map<number, Round[]>(SIZES.map((n) => [n, []]))
  const noIndex: Round[] = []
  const home = new Map<number, number[]>(SIZES.map((n) => [n, []]))
  try {
    for (const n of SIZES) await startAndList(dirs.get(n)!) // warm up: module caches, the OS's file cache
    for (let i = 0; i < RUNS; i++) {
      for (const n of SIZES) {
        const r = await startAndList(dirs.get(n)!)
        if (r.listed !== n) throw new Error(`listed ${r.listed} of ${n} plans`)
        rounds.get(n)!.push(r)
      }
    }
    // The first start after an update: no summary index yet, so each plan is read once and the
    // index is written; three rounds, each on a folder whose index was removed again.
    const indexFile = join(dirs.get(50)!, 'plans-index.json')
    for (let i = 0; i < 3; i++)
      noIndex.push(await startAndList(dirs.get(50)!, () => rmSync(indexFile, { force: true })))
    await withBrowser(async (browser, rendererDir) => {
      const sessions = new Map<number, HomeSession>()
      try {
        for (const n of SIZES) sessions.set(n, await homeSession(browser, rendererDir, dirs.get(n)!))
        for (const n of SIZES) await sessions.get(n)!.open(n) // warm up
        for (let i = 0; i < HOME_RUNS; i++)
          for (const n of SIZES) home.get(n)!.push(await sessions.get(n)!.open(n))
      } finally {
        for (const s of sessions.values()) await s.close()
      }
    })
  } finally {
    for (const d of dirs.values()) rmSync(d, { recursive: true, force: true })
  }
  const fig = (n: number, key: keyof Round) => median(rounds.get(n)!.map((r) => r[key]))
  const rows: BenchTable['rows'] = SIZES.map((n) => ({
    plans: n,
    'start + list (ms)': round(fig(n, 'startMs')),
    'list (ms)': round(fig(n, 'listMs')),
    'heap held after listing (MB)': round(fig(n, 'heldMB')),
    'start + list / 0 plans': round(fig(n, 'startMs') / fig(0, 'startMs'), 2),
    'home drawn in Chromium (ms)': round(median(home.get(n)!)),
    'home drawn / 0 plans': round(median(home.get(n)!) / median(home.get(0)!), 2),
  }))
  rows.push({
    plans: '50, no index yet',
    'start + list (ms)': round(median(noIndex.map((r) => r.startMs))),
    'list (ms)': round(median(noIndex.map((r) => r.listMs))),
    'heap held after listing (MB)': round(median(noIndex.map((r) => r.heldMB))),
    'start + list / 0 plans': round(median(noIndex.map((r) => r.startMs)) / fig(0, 'startMs'), 2),
  })
  const homeMs = (n: number) => median(home.get(n)!)
  const ratios = [
    ratioRow('home list drawn in Chromium, 50 plans', '0 plans', 'ms', homeMs(50), homeMs(0), '<= 1.1x'),
    ratioRow('home list drawn in Chromium, 200 plans', '0 plans', 'ms', homeMs(200), homeMs(0)),
    ratioRow('start + plans.list, 50 plans', '0 plans', 'ms', fig(50, 'startMs'), fig(0, 'startMs')),
    ratioRow('plans.list, 200 plans', '0 plans', 'ms', fig(200, 'listMs'), fig(0, 'listMs'), '< 50 ms'),
    ratioRow('heap held after listing, 50 plans', '0 plans', 'MB', fig(50, 'heldMB'), fig(0, 'heldMB')),
  ]
  writeResults('library', { runs: RUNS, rows }, ratios)
  return {
    title: 'Home list on a library of 100-page plans (median of interleaved rounds)',
    rows,
    notes: [
      'aim: the home list drawn with 50 plans at most 1.1x none; 200 plans listed in under 50 ms',
      'home drawn: the built app in Chromium, a new backend and page per start, navigation to the frame after the rows',
      'start: createBackend on the folder (lock, library.json, temp sweep); list: plans.list as the home screen calls it',
      'heap held: heapUsed after forced GC with the backend and the list alive, minus before the start',
      'the OS file cache is warm (a cold start after a reboot reads the same files from disk)',
      '"no index yet": plans-index.json removed before each start, as after an update from a version without it',
    ],
  }
}
