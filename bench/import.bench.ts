/**
 * Import of the generated 100-page plan's Word export: ours (limits, mammoth, rebuild into plan
 * nodes, schema check, report) against pandoc reading the same .docx to its JSON AST, where
 * installed. Median of a few runs, in ms. Writes bench/results/import.json.
 */
import { spawnSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { exportPlanToDocx } from '../src/main/backend/export/index'
import { readDocx } from '../src/main/backend/import/readDocx'
import { generatePlan } from './generate/plan'
import type { BenchTable } from './run'

const here = dirname(fileURLToPath(import.meta.url))
const RUNS = Number(process.env.BENCH_RUNS ?? 5)

async function median(fn: () => Promise<unknown> | unknown): Promise<number> {
  await fn()
  const times: number[] = []
  for (let i = 0; i < RUNS; i++) {
    const t = performance.now()
    await fn()
    times.push(performance.now() - t)
  }
  times.sort((a, b) => a - b)
  return Math.round(times[Math.floor(times.length / 2)])
}

export async function run(): Promise<BenchTable> {
  const plan = generatePlan(100)
  const bytes = await exportPlanToDocx({
    plan,
    readAsset: async () => new Uint8Array(),
    options: { reviewCopy: false },
  })
  const file = join(mkdtempSync(join(tmpdir(), 'pv-bench-import-')), 'plan-100.docx')
  writeFileSync(file, bytes)

  const ours = await median(() => readDocx(bytes))
  const hasPandoc = spawnSync('pandoc', ['--version']).status === 0
  const pandoc = hasPandoc
    ? await median(() => {
        const r = spawnSync('pandoc', ['-f', 'docx', '-t', 'json', file], { maxBuffer: 256 * 1024 * 1024 })
        if (r.status !== 0) throw new Error(String(r.stderr))
      })
    : null
  const result = await readDocx(bytes)
  const rows = [
    {
      tool: 'Planværksted import (readDocx)',
      ms: ours,
      kb: Math.round(bytes.length / 1024),
      blocks: result.doc.content?.length ?? 0,
    },
    { tool: 'pandoc -f docx -t json', ms: pandoc, kb: Math.round(bytes.length / 1024), blocks: null },
  ]
  mkdirSync(join(here, 'results'), { recursive: true })
  writeFileSync(
    join(here, 'results/import.json'),
    JSON.stringify({ at: new Date().toISOString(), runs: RUNS, pages: 100, rows }, null, 2),
  )
  return {
    title: 'Import of the 100-page export (median ms)',
    rows,
    notes: [
      `aim: under 1000 ms and no slower than pandoc${hasPandoc ? '' : ' (pandoc not installed)'}`,
      `initiatives rebuilt: ${result.report.counts.initiatives}, tables: ${result.report.counts.tables}`,
    ],
  }
}
