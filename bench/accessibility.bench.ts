/**
 * The accessibility check on generated plans (100 and 300 pages), as the editor runs it a moment
 * after typing pauses: ProseMirror's toJSON of the document, then accessibilityFindings over it.
 * The bare peer is textOf over the same JSON (one plain walk that reads every text, the least any
 * check of the whole plan must do). Median ms of interleaved rounds. Writes
 * bench/results/accessibility.json.
 */
import { mkdirSync, writeFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { Node as PMNode } from '@tiptap/pm/model'
import { accessibilityFindings } from '../src/shared/derive/accessibility/accessibilityFindings'
import { asNode, textOf } from '../src/shared/derive/docWalk'
import { planSchema } from '../src/shared/document/extensions'
import { generatePlan } from './generate/plan'
import type { BenchTable } from './run'

const here = dirname(fileURLToPath(import.meta.url))
const RUNS = Number(process.env.BENCH_RUNS ?? 9)

function medians(fns: Record<string, () => unknown>): Record<string, number> {
  const times: Record<string, number[]> = Object.fromEntries(Object.keys(fns).map((k) => [k, []]))
  for (const fn of Object.values(fns)) for (let i = 0; i < 2; i++) fn()
  for (let i = 0; i < RUNS; i++)
    for (const [k, fn] of Object.entries(fns)) {
      const t = performance.now()
      fn()
      times[k].push(performance.now() - t)
    }
  return Object.fromEntries(
    Object.entries(times).map(([k, ts]) => [k, ts.sort((a, b) => a - b)[Math.floor(ts.length / 2)]]),
  )
}

const ms = (n: number) => Math.round(n * 100) / 100

export async function run(): Promise<BenchTable> {
  const rows: BenchTable['rows'] = []
  for (const pages of [100, 300]) {
    const node = PMNode.fromJSON(planSchema(), generatePlan(pages).doc)
    const json = node.toJSON()
    const m = medians({
      toJSON: () => node.toJSON(),
      findings: () => accessibilityFindings(json),
      peer: () => textOf(asNode(json)!),
    })
    rows.push({
      pages,
      findings: accessibilityFindings(json).length,
      'toJSON (ms)': ms(m.toJSON),
      'check (ms)': ms(m.findings),
      'textOf peer (ms)': ms(m.peer),
      'check / peer': Math.round((m.findings / m.peer) * 100) / 100,
    })
  }
  mkdirSync(join(here, 'results'), { recursive: true })
  writeFileSync(join(here, 'results', 'accessibility.json'), JSON.stringify(rows, null, 2))
  return {
    title: 'Accessibility check (toJSON + accessibilityFindings) against a plain text walk',
    rows,
    notes: ['The editor runs it 400 ms after typing pauses, never per keystroke.'],
  }
}
