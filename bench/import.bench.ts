/**
 * Import of the generated 100-page plan's Word export, two ways: as the app imports it (the plan
 * part the export carries, checked against the text's fingerprint and the schema) and from its
 * pages, as after an edit in Word (limits, styles, mammoth, rebuild into plan nodes, schema check,
 * report), each against mammoth alone (convertToHtml with its defaults: what our import adds on top
 * of the library it is built on) and pandoc reading the same .docx to its JSON AST, where
 * installed. Median of a few runs, in ms. Writes bench/results/import.json.
 */
import { spawnSync } from 'node:child_process'
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import mammoth from 'mammoth'
import { exportPlanToDocx } from '../src/main/backend/export/index'
import { readDocx } from '../src/main/backend/import/readDocx'
import { generatePlan } from './generate/plan'
import { ratioRow, writeResults } from './ratioTable'
import { withoutPlanPart } from '../tests/unit/import/support/withoutPlanPart'
import type { BenchTable } from './run'

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
  const pagesOnly = withoutPlanPart(bytes)
  const fromPages = await median(() => readDocx(pagesOnly))
  const mammothAlone = await median(() => mammoth.convertToHtml({ buffer: Buffer.from(bytes) }))
  const hasPandoc = spawnSync('pandoc', ['--version']).status === 0
  const pandoc = hasPandoc
    ? await median(() => {
        const r = spawnSync('pandoc', ['-f', 'docx', '-t', 'json', file], { maxBuffer: 256 * 1024 * 1024 })
        if (r.status !== 0) throw new Error(String(r.stderr))
      })
    : null
  const result = await readDocx(bytes)
  const read = await readDocx(pagesOnly)
  if (result.details === undefined) throw new Error('the export was not imported from its plan part')
  const rows = [
    {
      tool: 'Planværksted import (readDocx, plan part)',
      ms: ours,
      kb: Math.round(bytes.length / 1024),
      blocks: result.doc.content?.length ?? 0,
    },
    {
      tool: 'Planværksted import (readDocx, from the pages)',
      ms: fromPages,
      kb: Math.round(pagesOnly.length / 1024),
      blocks: read.doc.content?.length ?? 0,
    },
    {
      tool: 'mammoth convertToHtml alone',
      ms: mammothAlone,
      kb: Math.round(bytes.length / 1024),
      blocks: null,
    },
    { tool: 'pandoc -f docx -t json', ms: pandoc, kb: Math.round(bytes.length / 1024), blocks: null },
  ]
  writeResults('import', { runs: RUNS, pages: 100, rows }, [
    ratioRow('Word import, 100 pages', 'mammoth alone', 'ms', ours, mammothAlone, '< 1000 ms'),
    ratioRow('Word import, 100 pages', 'pandoc (docx to JSON)', 'ms', ours, pandoc, '<= 1x, < 1000 ms'),
    ratioRow('Word import from the pages, 100 pages', 'mammoth alone', 'ms', fromPages, mammothAlone),
    ratioRow('Word import from the pages, 100 pages', 'pandoc (docx to JSON)', 'ms', fromPages, pandoc),
  ])
  return {
    title: 'Import of the 100-page export (median ms)',
    rows,
    notes: [
      `aim: under 1000 ms and no slower than pandoc${hasPandoc ? '' : ' (pandoc not installed)'}`,
      `initiatives: ${result.report.counts.initiatives} from the plan part, ${read.report.counts.initiatives} from the pages; tables: ${result.report.counts.tables}`,
    ],
  }
}
