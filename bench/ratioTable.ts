/**
 * The one shape every bench writes its comparisons in, so `npm run bench` can end with a single
 * table of ours-against-peer ratios from every bench, including benches not run this time (their
 * last results file is read, with its date shown). A bench puts `ratios: RatioRow[]` into the JSON
 * it writes under bench/results/; run.ts reads them from there, never from the bench's module.
 */
import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'

export type RatioRow = {
  /** What was measured, with its size: "Word export, 100 pages". */
  what: string
  /** Who ours is measured against: "prosemirror-docx", "lowdb JSONFile", "0 plans". */
  peer: string
  unit: 'ms' | 'MB' | 'count'
  ours: number
  /** The peer's figure in the same unit; null when the peer could not run (pandoc not installed). */
  theirs: number | null
  /** ours / theirs, two decimals; null when theirs is null or 0. */
  ratio: number | null
  /** The aim for the ratio or the absolute figure, as said in the issue: "<= 1.2x", "< 50 ms". */
  aim?: string
}

/** bench/results/<bench>.json as run.ts reads it back: `ratios` is all it needs. */
export type ResultsFile = { when?: string; at?: string; ratios?: RatioRow[] } & Record<string, unknown>

export const RESULTS_DIR = join(dirname(fileURLToPath(import.meta.url)), 'results')
/** Where the collected table goes; not a bench's own results, so it is skipped when collecting. */
const COLLECTED = 'ratios.json'

const round2 = (x: number) => Math.round(x * 100) / 100

/** One row with its ratio worked out (and rounded) the same way in every bench. */
export function ratioRow(
  what: string,
  peer: string,
  unit: RatioRow['unit'],
  ours: number,
  theirs: number | null,
  aim?: string,
): RatioRow {
  const ratio = theirs === null || theirs === 0 ? null : round2(ours / theirs)
  return { what, peer, unit, ours: round2(ours), theirs: theirs === null ? null : round2(theirs), ratio, aim }
}

/** Writes bench/results/<name>.json: the bench's own figures plus its ratio rows and the time. */
export function writeResults(name: string, body: Record<string, unknown>, ratios: RatioRow[]): void {
  mkdirSync(RESULTS_DIR, { recursive: true })
  const file: ResultsFile = { when: new Date().toISOString(), node: process.version, ...body, ratios }
  writeFileSync(join(RESULTS_DIR, `${name}.json`), `${JSON.stringify(file, null, 2)}\n`)
}

export type CollectedRow = RatioRow & { bench: string; measured: string }

/** Every results file's ratio rows, oldest bench results marked by their date; files without rows are skipped. */
export function collectRatios(): CollectedRow[] {
  if (!existsSync(RESULTS_DIR)) return []
  const rows: CollectedRow[] = []
  for (const name of readdirSync(RESULTS_DIR).sort()) {
    if (!name.endsWith('.json') || name === COLLECTED) continue
    let file: ResultsFile
    try {
      file = JSON.parse(readFileSync(join(RESULTS_DIR, name), 'utf8')) as ResultsFile
    } catch (err) {
      console.warn(`bench/results/${name} is not JSON, left out of the table:`, err)
      continue
    }
    const measured = String(file.when ?? file.at ?? '')
      .slice(0, 16)
      .replace('T', ' ')
    for (const r of Array.isArray(file.ratios) ? file.ratios : [])
      rows.push({ bench: name.replace(/\.json$/, ''), measured, ...r })
  }
  return rows
}

/** Writes the collected table beside the benches' own results, for comparing runs. */
export function writeCollected(rows: CollectedRow[], load: string): void {
  mkdirSync(RESULTS_DIR, { recursive: true })
  const body = { when: new Date().toISOString(), node: process.version, load, rows }
  writeFileSync(join(RESULTS_DIR, COLLECTED), `${JSON.stringify(body, null, 2)}\n`)
}
