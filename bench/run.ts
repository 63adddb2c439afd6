/**
 * Runs every bench/*.bench.ts (or those named on the command line: `npm run bench -- export`) and
 * prints each one's table, then one table of every ours-against-peer ratio. A bench module exports
 * `run(): Promise<BenchTable>` and writes its own JSON under bench/results/ with its ratio rows in
 * the shape of bench/ratioTable.ts; the closing table is read back from those files, so it also
 * shows the last figures of benches not run this time (with the time they were measured).
 */
import { readdirSync } from 'node:fs'
import { cpus, loadavg } from 'node:os'
import { dirname, join } from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'
import { collectRatios, writeCollected } from './ratioTable'

export type BenchTable = { title: string; rows: Record<string, string | number | null>[]; notes?: string[] }

const here = dirname(fileURLToPath(import.meta.url))
const only = process.argv.slice(2)
const files = readdirSync(here)
  .filter((f) => f.endsWith('.bench.ts'))
  .filter((f) => only.length === 0 || only.some((o) => f.startsWith(o)))
  .sort()

/** The shared machine's load, printed with the figures: a ratio measured under load is still fair
 * (both sides run interleaved), an absolute figure is not. */
const load = () =>
  `load ${loadavg()
    .map((l) => l.toFixed(2))
    .join(' ')} on ${cpus().length} cores`

const startLoad = load()
for (const file of files) {
  const mod = (await import(pathToFileURL(join(here, file)).href)) as { run?: () => Promise<BenchTable> }
  if (typeof mod.run !== 'function') {
    console.warn(`${file}: exports no run(), skipped`)
    continue
  }
  const table = await mod.run()
  console.log(`\n${table.title}`)
  console.table(table.rows)
  for (const note of table.notes ?? []) console.log(`  ${note}`)
}

const ratios = collectRatios()
const loads = `${startLoad} at start, ${load()} at end`
console.log(`\nOurs against every peer (ratio = ours / peer; ${loads})`)
console.table(
  ratios.map((r) => ({
    bench: r.bench,
    what: r.what,
    peer: r.peer,
    ours: `${r.ours} ${r.unit}`,
    theirs: r.theirs === null ? '–' : `${r.theirs} ${r.unit}`,
    ratio: r.ratio === null ? '–' : `${r.ratio}x`,
    aim: r.aim ?? '',
    measured: r.measured,
  })),
)
writeCollected(ratios, loads)
