/**
 * Issue 19's scale: 100 plans of 50 pages each, as .planvaerksted files, added to the consultant's
 * overview in one "Tilføj planer" (every file read and checked as an import checks it, its skeleton
 * derived and the collection written), aim under 5 s; then the overview's filter and sort over all
 * their initiatives, with the matrix drawn from the result, aim under 100 ms. Peers, measured in
 * the same run: reading the same files, unzipping plan.json and JSON.parse of it, without the
 * overview's work; and Array.filter on one field of the same rows. Interleaved rounds, medians.
 * Writes bench/results/overview.json.
 */
import { randomUUID } from 'node:crypto'
import { mkdtempSync, rmSync, writeFileSync, statSync } from 'node:fs'
import { readFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { unzipSync, strFromU8 } from 'fflate'
import { createBackend } from '../src/main/backend/index'
import { writePackage } from '../src/main/backend/packages/writePackage'
import { PLAN_SCHEMA_VERSION, type Plan } from '../src/shared/model/plan'
import { NO_FILTER, filterRows, overviewMatrix, overviewRows, sortRows } from '../src/shared/derive/overview'
import { benchCatalogue, generatePlan } from './generate/plan'
import { ratioRow, writeResults } from './ratioTable'
import type { BenchTable } from './run'

const PLANS = Number(process.env.BENCH_OVERVIEW_PLANS ?? 100)
const PAGES = 50
const RUNS = Number(process.env.BENCH_RUNS ?? 3)
const FILTER_RUNS = 51
const RESOURCES_DIR = resolve('resources')
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]
const round = (x: number, d = 1) => Math.round(x * 10 ** d) / 10 ** d

function writeFiles(dir: string): string[] {
  const paths: string[] = []
  for (let i = 0; i < PLANS; i++) {
    const { meta, doc } = generatePlan(PAGES, i + 1)
    const plan: Plan = {
      schemaVersion: PLAN_SCHEMA_VERSION,
      id: randomUUID(),
      rev: 1,
      meta: {
        ...meta,
        title: `Udviklingsplan ${i + 1}`,
        council: `Lokalråd ${i + 1}`,
        villages: [`Landsby ${i % 30}`],
      },
      doc,
    }
    const path = join(dir, `plan-${i + 1}.planvaerksted`)
    writeFileSync(path, writePackage({ plan, assets: new Map(), versions: [] }, 'bench'))
    paths.push(path)
  }
  return paths
}

async function addAll(paths: string[]) {
  const dataDir = mkdtempSync(join(tmpdir(), 'pv-bench-overview-'))
  const backend = await createBackend({ dataDir, resourcesDir: RESOURCES_DIR })
  const t0 = performance.now()
  const outcome = await backend.overview.addFiles(paths)
  const ms = performance.now() - t0
  const collectionKB = statSync(join(dataDir, 'overview', 'collection.json')).size / 1024
  const { entries } = await backend.overview.list()
  await backend.close()
  rmSync(dataDir, { recursive: true, force: true })
  if (outcome.added.length !== paths.length)
    throw new Error(`added ${outcome.added.length} of ${paths.length}`)
  return { ms, collectionKB, entries }
}

async function readAndParse(paths: string[]) {
  const t0 = performance.now()
  let n = 0
  for (const p of paths) {
    const files = unzipSync(new Uint8Array(await readFile(p)), { filter: (f) => f.name === 'plan.json' })
    n += (JSON.parse(strFromU8(files['plan.json'])) as Plan).doc.content?.length ?? 0
  }
  if (n === 0) throw new Error('nothing parsed')
  return performance.now() - t0
}

export async function run(): Promise<BenchTable> {
  const dir = mkdtempSync(join(tmpdir(), 'pv-bench-overview-files-'))
  try {
    const paths = writeFiles(dir)
    const fileMB = paths.reduce((s, p) => s + statSync(p).size, 0) / 2 ** 20
    const ours: number[] = []
    const peer: number[] = []
    let last: Awaited<ReturnType<typeof addAll>> | null = null
    for (let r = 0; r < RUNS; r++) {
      peer.push(await readAndParse(paths))
      last = await addAll(paths)
      ours.push(last.ms)
    }
    const entries = last!.entries
    const rows = overviewRows(entries, 'da')
    const filter = { ...NO_FILTER, focusArea: 'natur', status: 'active' as const, search: 'lokalråd' }
    const filterMs: number[] = []
    const plainMs: number[] = []
    let shown = 0
    for (let r = 0; r < FILTER_RUNS; r++) {
      let t0 = performance.now()
      const picked = sortRows(filterRows(rows, filter), { key: 'budget', dir: 'desc' })
      overviewMatrix(entries, picked, benchCatalogue)
      filterMs.push(performance.now() - t0)
      shown = picked.length
      t0 = performance.now()
      const plain = rows.filter((x) => x.status === 'active')
      plainMs.push(performance.now() - t0)
      if (plain.length < 0) throw new Error('unreachable')
    }
    const add = median(ours)
    const parse = median(peer)
    const filt = median(filterMs)
    const ratios = [
      ratioRow(
        `overview: add ${PLANS} plans of ${PAGES} pages`,
        'read + unzip + JSON.parse',
        'ms',
        add,
        parse,
        '< 5000 ms',
      ),
      ratioRow(
        `overview: filter + sort + matrix, ${rows.length} initiatives`,
        'Array.filter on status',
        'ms',
        filt,
        median(plainMs),
        '< 100 ms',
      ),
    ]
    writeResults(
      'overview',
      {
        plans: PLANS,
        pages: PAGES,
        fileMB: round(fileMB),
        collectionKB: round(last!.collectionKB),
        initiatives: rows.length,
        shown,
        addMs: ours,
        peerMs: peer,
      },
      ratios,
    )
    return {
      title: `Overblik: ${PLANS} plans of ${PAGES} pages (${round(fileMB)} MB of files)`,
      rows: [
        {
          what: 'add all (ms)',
          ours: round(add),
          peer: round(parse),
          ratio: round(add / parse, 2),
          aim: '< 5000 ms',
        },
        {
          what: 'filter + sort + matrix (ms)',
          ours: round(filt, 2),
          peer: round(median(plainMs), 3),
          ratio: round(filt / median(plainMs), 1),
          aim: '< 100 ms',
        },
        {
          what: 'collection file (KB)',
          ours: round(last!.collectionKB),
          peer: round(fileMB * 1024),
          ratio: null,
          aim: 'small',
        },
      ],
      notes: [`${rows.length} initiatives in all, ${shown} shown by the filter`],
    }
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}
