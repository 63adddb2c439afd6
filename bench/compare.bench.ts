/**
 * "Sammenlign versioner" on generated plans (100 and 300 pages), two words changed at a given
 * distance apart (10 % and 90 %, and next to each other) or one word near either end: ours (compareDocs: blocks, word diff,
 * initiatives by field) against jsdiff's diffArrays over the same blocks' texts, the bare peer.
 * Median ms of rounds in turns, a forced GC before each call. Also checks the changed blocks found.
 * Writes bench/results/compare.json.
 */
import { setFlagsFromString } from 'node:v8'
import { runInNewContext } from 'node:vm'
import { diffArrays } from 'diff'
import { compareDocs } from '../src/shared/derive/compareDocs'
import { blocksOf } from '../src/shared/derive/compareBlocks'
import type { DocJSON } from '../src/shared/model/plan'
import { generatePlan } from './generate/plan'
import { ratioRow, writeResults, type RatioRow } from './ratioTable'
import type { BenchTable } from './run'

const RUNS = Number(process.env.BENCH_RUNS ?? 15)

/** The doc with one word changed in the n-th text node of the fractions given (0..1). */
function editedAt(doc: DocJSON, fractions: number[]): DocJSON {
  const copy = structuredClone(doc) as DocJSON
  const texts: { text: string }[] = []
  const visit = (n: { type?: string; text?: string; content?: unknown[] }) => {
    if (n.type === 'text' && typeof n.text === 'string' && /\S \S/.test(n.text))
      texts.push(n as { text: string })
    for (const c of n.content ?? []) visit(c as typeof n)
  }
  visit(copy as never)
  for (const f of fractions) {
    const node = texts[Math.floor(f * (texts.length - 1))]
    node.text = node.text.replace(/\S+/, 'ÆNDRET')
  }
  return copy
}

setFlagsFromString('--expose-gc')
const gc = runInNewContext('gc') as () => void

/**
 * Median ms of each function, timed in turns (a, b, a, b, ...) with a full GC before each call:
 * timed one after the other, one side's garbage was collected in the other's time and a change in
 * the shared machine's load fell on one side only. Each call still pays for the garbage it makes.
 */
function medians(fns: (() => unknown)[]): number[] {
  for (let i = 0; i < 2; i++) for (const fn of fns) fn()
  const times = fns.map(() => [] as number[])
  for (let i = 0; i < RUNS; i++)
    for (const [k, fn] of fns.entries()) {
      gc()
      const t = performance.now()
      fn()
      times[k].push(performance.now() - t)
    }
  return times.map((ts) => ts.sort((a, b) => a - b)[Math.floor(ts.length / 2)])
}

export async function run(): Promise<BenchTable> {
  const rows: BenchTable['rows'] = []
  const ratios: RatioRow[] = []
  for (const pages of [100, 300]) {
    const { doc } = generatePlan(pages)
    for (const [label, fractions] of [
      ['10 % and 90 %', [0.1, 0.9]],
      ['side by side', [0.5, 0.5001]],
      ['near the start', [0.01]],
      ['near the end', [0.99]],
    ] as const) {
      const newer = editedAt(doc, [...fractions])
      const found = compareDocs(doc, newer).blocks.filter((b) => b.kind !== 'same').length
      // The peer gets the blocks as strings (extraction included, as ours must do it too).
      const [ours, jsdiff] = medians([
        () => compareDocs(doc, newer),
        () => diffArrays(blocksOf(doc), blocksOf(newer)),
      ])
      rows.push({
        pages,
        edits: label,
        blocks: blocksOf(doc).length,
        'changed blocks found': found,
        'ours (ms)': Math.round(ours * 10) / 10,
        'jsdiff diffArrays (ms)': Math.round(jsdiff * 10) / 10,
        'ours / jsdiff': Math.round((ours / jsdiff) * 100) / 100,
      })
      ratios.push(
        ratioRow(
          `compare versions, ${pages} pages, ${label}`,
          'jsdiff diffArrays',
          'ms',
          ours,
          jsdiff,
          '<= 1.2x',
        ),
      )
    }
  }
  writeResults('compare', { runs: RUNS, rows }, ratios)
  return {
    title: 'Compare versions (median ms)',
    rows,
    notes: [
      'ours: compareDocs (block diff, word diff inside changed blocks, initiatives by field); aim <= 1.2x jsdiff',
      'jsdiff: diffArrays over the same blocks as plain strings, the blocks extracted in the timed part too',
      `timed in turns (ours, jsdiff, ...) with a forced GC before each call, median of ${RUNS}`,
      'changed blocks found must be 2 (10 %/90 %) or 1-2 (side by side, may fall in one block), 1 for one edit',
    ],
  }
}
