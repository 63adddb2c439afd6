/**
 * One save of a generated plan (100 and 300 pages) through our store (plans.save: the document
 * check against the schema, rev check, JSON, temp file + fsync + rename + folder fsync; the backup
 * generation and the plan index are written behind it and waited for outside the timed part)
 * against lowdb's own JSONFile adapter writing the same plan (JSON, steno: temp file + rename, no
 * fsync, so a power cut may leave an empty file). Each save changes one word, as typing does.
 * Interleaved rounds, medians. Writes bench/results/save.json.
 */
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { Low } from 'lowdb'
import { JSONFile } from 'lowdb/node'
import { createBackend } from '../src/main/backend/index'
import { checkDocument } from '../src/shared/document/validate'
import type { DocJSON, Plan } from '../src/shared/model/plan'
import { generatePlan } from './generate/plan'
import { ratioRow, writeResults, type RatioRow } from './ratioTable'
import type { BenchTable } from './run'

const RUNS = Number(process.env.BENCH_RUNS ?? 9)

/** The doc with the first word of its last paragraph replaced by `word`: a one-word edit. */
function withWord(doc: DocJSON, word: string): DocJSON {
  const content = [...(doc.content ?? [])] as { type: string; content?: { text?: string }[] }[]
  const at = content.map((b) => b.type).lastIndexOf('paragraph')
  const [first, ...rest] = content[at].content ?? []
  content[at] = { ...content[at], content: [{ ...first, text: `${word} ${first.text ?? ''}` }, ...rest] }
  return { ...doc, content }
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]
const round = (x: number) => Math.round(x * 10) / 10

async function time(fn: () => Promise<unknown>): Promise<number> {
  const t = performance.now()
  await fn()
  return performance.now() - t
}

export async function run(): Promise<BenchTable> {
  const rows: BenchTable['rows'] = []
  const ratios: RatioRow[] = []
  for (const pages of [100, 300]) {
    const dataDir = mkdtempSync(join(tmpdir(), 'pv-bench-save-'))
    const backend = await createBackend({ dataDir, resourcesDir: resolve('resources') })
    try {
      const { meta, doc } = generatePlan(pages)
      const created = await backend.plans.create({ ...meta, templateId: 'blank' }, null, null)
      let rev = created.rev
      const peerDb = new Low<Plan>(new JSONFile<Plan>(join(dataDir, 'lowdb-plan.json')), created)
      const ours: number[] = []
      const lowdb: number[] = []
      const check: number[] = []
      for (let i = -2; i < RUNS; i++) {
        const next = withWord(doc, `ord${i + 3}`)
        const o = await time(async () => {
          rev = (await backend.plans.save({ id: created.id, rev, doc: next })).rev
        })
        // What the store writes behind the save lands before the peer is timed.
        await backend.backups.flush()
        await backend.plans.flush()
        peerDb.data = { ...created, rev, doc: next }
        const l = await time(() => peerDb.write())
        const c = await time(async () => checkDocument(next))
        if (i < 0) continue // warm-up
        ours.push(o)
        lowdb.push(l)
        check.push(c)
      }
      const kb = Math.round(JSON.stringify(peerDb.data).length / 1024)
      rows.push({
        pages,
        'plan (KB)': kb,
        'ours (ms)': round(median(ours)),
        'of which document check (ms)': round(median(check)),
        'lowdb JSONFile (ms)': round(median(lowdb)),
        'ours / lowdb': Math.round((median(ours) / median(lowdb)) * 100) / 100,
      })
      ratios.push(ratioRow(`plan save, ${pages} pages`, 'lowdb JSONFile', 'ms', median(ours), median(lowdb)))
    } finally {
      await backend.close()
      rmSync(dataDir, { recursive: true, force: true })
    }
  }
  writeResults('save', { runs: RUNS, rows }, ratios)
  return {
    title: 'Plan save: our store against lowdb JSONFile (median ms)',
    rows,
    notes: [
      'ours is durable: temp file fsync’d, renamed, folder fsync’d; lowdb JSONFile (steno) renames a temp file it never fsyncs',
      'ours also checks the document against the schema before writing (its cost measured apart, same doc)',
      'backup generation and plan index are written behind the save; the bench waits for them untimed',
    ],
  }
}
