/**
 * One backup generation written (record with force: the JSON, the atomic write with its fsyncs,
 * and the thinning after it) with no generations there yet against with 100 there, on generated
 * 100- and 300-page plans. Thinning must not grow with history: aim, 100 existing at most 1.5x
 * none. Wall time and this process's CPU time (user + system), median of interleaved rounds; each
 * round's new generation is removed again so every round sees exactly 0 or 100.
 * Writes bench/results/backup.json.
 */
import { randomUUID } from 'node:crypto'
import { mkdtempSync, readdirSync, rmSync, unlinkSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { createBackupStore } from '../src/main/backend/backups/backupStore'
import { realFs } from '../src/main/backend/store/fsFacade'
import { PLAN_SCHEMA_VERSION, type Plan } from '../src/shared/model/plan'
import { generatePlan } from './generate/plan'
import { ratioRow, writeResults, type RatioRow } from './ratioTable'
import type { BenchTable } from './run'

const RUNS = Number(process.env.BENCH_RUNS ?? 7)
const MINUTE = 60_000
const HOUR = 60 * MINUTE
const DAY = 24 * HOUR
const NOW = Date.parse('2026-03-12T12:00:00Z')

/**
 * Save times of 100 generations that the thinning keeps all of: the 10 newest a minute apart, then
 * one an hour for a day, one a day for a month, one a week for most of a year. Oldest first.
 */
function hundredKeptTimes(): number[] {
  const times: number[] = []
  for (let w = 41; w >= 5; w--) times.push(NOW - w * 7 * DAY) // 37 weekly
  for (let d = 30; d >= 1; d--) times.push(NOW - d * DAY - 12 * HOUR) // 30 daily
  for (let h = 23; h >= 1; h--) times.push(NOW - h * HOUR - 30 * MINUTE) // 23 hourly
  for (let m = 10; m >= 1; m--) times.push(NOW - m * MINUTE) // 10 recent
  return times
}

/** A backup folder with `existing` generations of `plan`, made by the store itself. */
async function folderWith(plan: Plan, existing: number) {
  const dataDir = mkdtempSync(join(tmpdir(), 'pv-bench-backup-'))
  const clock = { now: NOW }
  const store = createBackupStore({ fs: realFs, dataDir, now: () => clock.now })
  for (const at of hundredKeptTimes().slice(100 - existing)) {
    clock.now = at
    await store.record(plan, { force: true })
  }
  const dir = join(dataDir, 'backups', plan.id)
  const count = () => readdirSync(dir).filter((n) => n.startsWith('g-')).length
  const before = existing ? count() : 0
  if (before !== existing) throw new Error(`setup kept ${before} of ${existing} generations`)
  return {
    dataDir,
    /** One timed generation a minute after the newest; removed again afterwards. */
    async writeOne(): Promise<{ wall: number; cpu: number }> {
      clock.now = NOW + MINUTE
      const names = new Set(existing ? readdirSync(dir) : [])
      const cpu0 = process.cpuUsage()
      const t0 = performance.now()
      await store.record(plan, { force: true })
      const wall = performance.now() - t0
      const cpu = process.cpuUsage(cpu0)
      const after = readdirSync(dir)
      // What this write added goes again; what thinning deleted would make the next round lie.
      const added = after.filter((n) => !names.has(n) && n.startsWith('g-'))
      for (const n of added) unlinkSync(join(dir, n))
      if (count() !== existing) throw new Error(`round left ${count()} generations, not ${existing}`)
      return { wall, cpu: (cpu.user + cpu.system) / 1000 }
    },
  }
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]
const round = (x: number, digits = 1) => Math.round(x * 10 ** digits) / 10 ** digits

export async function run(): Promise<BenchTable> {
  const rows: BenchTable['rows'] = []
  const ratios: RatioRow[] = []
  for (const pages of [100, 300]) {
    const { meta, doc } = generatePlan(pages)
    const plan: Plan = { schemaVersion: PLAN_SCHEMA_VERSION, id: randomUUID(), rev: 1, meta, doc }
    const empty = await folderWith(plan, 0)
    const full = await folderWith(plan, 100)
    await empty.writeOne() // warm up both
    await full.writeOne()
    const none = { wall: [] as number[], cpu: [] as number[] }
    const hundred = { wall: [] as number[], cpu: [] as number[] }
    for (let i = 0; i < RUNS; i++) {
      for (const [folder, into] of [
        [empty, none],
        [full, hundred],
      ] as const) {
        const { wall, cpu } = await folder.writeOne()
        into.wall.push(wall)
        into.cpu.push(cpu)
      }
    }
    rows.push({
      pages,
      'plan (KB)': Math.round(JSON.stringify(plan).length / 1024),
      '0 existing (ms)': round(median(none.wall)),
      '100 existing (ms)': round(median(hundred.wall)),
      'wall 100 / 0': round(median(hundred.wall) / median(none.wall), 2),
      '0 existing CPU (ms)': round(median(none.cpu)),
      '100 existing CPU (ms)': round(median(hundred.cpu)),
      'CPU 100 / 0': round(median(hundred.cpu) / median(none.cpu), 2),
    })
    ratios.push(
      ratioRow(
        `backup generation, ${pages} pages`,
        '0 existing generations',
        'ms',
        median(hundred.wall),
        median(none.wall),
        '<= 1.5x',
      ),
    )
    rmSync(empty.dataDir, { recursive: true, force: true })
    rmSync(full.dataDir, { recursive: true, force: true })
  }
  writeResults('backup', { runs: RUNS, rows }, ratios)
  return {
    title: 'Backup generation written with 0 vs 100 existing (median ms)',
    rows,
    notes: [
      'aim: 100 existing at most 1.5x none (thinning decides from file names, reads no generation)',
      'timed: record(plan, { force: true }): JSON, temp file + fsync + rename + folder fsync, thinning',
      'a save never waits for this: its generation is written behind it in the plan’s backup queue',
    ],
  }
}
