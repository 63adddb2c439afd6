/**
 * "Sammenlign versioner" on generated plans (100 and 300 pages), two words changed at a given
 * distance apart (10 % and 90 %, and next to each other): ours (compareDocs: blocks, word diff,
 * initiatives by field) against jsdiff's diffArrays over the same blocks' texts, the bare peer.
 * Median ms of interleaved rounds. Also checks that ours finds exactly the two changed blocks.
 * Writes bench/results/compare.json.
 */
import { diffArrays } from 'diff'
import { compareDocs } from '../src/shared/derive/compareDocs'
import { blocksOf } from '../src/shared/derive/compareBlocks'
import type { DocJSON } from '../src/shared/model/plan'
import { generatePlan } from './generate/plan'
import { ratioRow, writeResults, type RatioRow } from './ratioTable'
import type { BenchTable } from './run'

const RUNS = Number(process.env.BENCH_RUNS ?? 7)

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

function median(fn: () => unknown): number {
  for (let i = 0; i < 2; i++) fn()
  const times: number[] = []
  for (let i = 0; i < RUNS; i++) {
    const t = performance.now()
    fn()
    times.push(performance.now() - t)
  }
  return times.sort((a, b) => a - b)[Math.floor(times.length / 2)]
}

export async function run(): Promise<BenchTable> {
  const rows: BenchTable['rows'] = []
  const ratios: RatioRow[] = []
  for (const pages of [100, 300]) {
    const { doc } = generatePlan(pages)
    for (const [label, fractions] of [
      ['10 % and 90 %', [0.1, 0.9]],
      ['side by side', [0.5, 0.5001]],
    ] as const) {
      const newer = editedAt(doc, [...fractions])
      const found = compareDocs(doc, newer).blocks.filter((b) => b.kind !== 'same').length
      const ours = median(() => compareDocs(doc, newer))
      // The peer gets the blocks as strings (extraction included, as ours must do it too).
      const jsdiff = median(() => diffArrays(blocksOf(doc), blocksOf(newer)))
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
      'changed blocks found must be 2 (10 %/90 %) or 1-2 (side by side, may fall in one block)',
    ],
  }
}
