/**
 * Runs every bench/*.bench.ts (or those named on the command line: `npm run bench -- export`) and
 * prints each one's table. A bench module exports `run(): Promise<BenchTable>`; it writes its own
 * JSON under bench/results/ so figures can be compared between runs.
 */
import { readdirSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'

export type BenchTable = { title: string; rows: Record<string, string | number | null>[]; notes?: string[] }

const here = dirname(fileURLToPath(import.meta.url))
const only = process.argv.slice(2)
const files = readdirSync(here)
  .filter((f) => f.endsWith('.bench.ts'))
  .filter((f) => only.length === 0 || only.some((o) => f.startsWith(o)))
  .sort()

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
