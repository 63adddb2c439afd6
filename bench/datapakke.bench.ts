/**
 * A 5,000-row Danish CSV (Windows-1252, ";", decimal commas, thousands dots) to a KeyFigureTable
 * the way the app reads it (decode, separator, quotes, per-column number style, schema check), and
 * on to a chart SVG with ECharts' server-side SVG renderer (a plain line chart of the table, as the
 * Nøgletal block draws one). The peer is the least a reader can do with the same bytes: decode,
 * split lines, split ";", replace "." and "," and Number(). The aim (issue 18): file to chart
 * under 500 ms. Median of a few runs, in ms. Writes bench/results/datapakke.json.
 */
import * as echarts from 'echarts'
import { readDataFile } from '../src/main/backend/datapakke/readDataFile'
import type { KeyFigureTable } from '../src/shared/model/keyFigures'
import { ratioRow, writeResults } from './ratioTable'
import type { BenchTable } from './run'

const RUNS = Number(process.env.BENCH_RUNS ?? 7)
const ROWS = 5000

async function median(fn: () => Promise<unknown> | unknown): Promise<number> {
  await fn()
  const times: number[] = []
  for (let i = 0; i < RUNS; i++) {
    const t = performance.now()
    await fn()
    times.push(performance.now() - t)
  }
  times.sort((a, b) => a - b)
  return Math.round(times[Math.floor(times.length / 2)] * 10) / 10
}

/** Windows-1252 bytes of a ';' CSV: a label with æøå, counts with thousands dots, a decimal column. */
function danishCsv(rows: number): Uint8Array {
  const lines = ['Område;Mænd;Kvinder;Tilflyttere;Gennemsnitsalder']
  for (let i = 0; i < rows; i++) {
    const n = (x: number) => x.toLocaleString('da-DK')
    lines.push(
      `"Sogn ${i} (Ørslev-Søby)";${n(1000 + ((i * 37) % 9000))};${n(1100 + ((i * 53) % 9000))};${(i * 7) % 400};${(30 + ((i * 13) % 200) / 10).toFixed(1).replace('.', ',')}`,
    )
  }
  const text = lines.join('\r\n') + '\r\n'
  return Uint8Array.from(text, (c) => {
    const code = c.charCodeAt(0)
    if (code > 255) throw new Error('not latin-1')
    return code
  })
}

function peer(bytes: Uint8Array): number[][] {
  const text = new TextDecoder('windows-1252').decode(bytes)
  return text
    .split(/\r?\n/)
    .slice(1)
    .filter((l) => l !== '')
    .map((l) =>
      l
        .split(';')
        .slice(1)
        .map((c) => Number(c.replace(/\./g, '').replace(',', '.'))),
    )
}

function chartSvg(table: KeyFigureTable): string {
  const chart = echarts.init(null, null, { renderer: 'svg', ssr: true, width: 640, height: 360 })
  chart.setOption({
    animation: false,
    title: { text: table.title },
    xAxis: { type: 'category', data: table.rows.map((r) => r.label) },
    yAxis: { type: 'value' },
    series: table.columns.map((name, c) => ({
      name,
      type: 'line',
      data: table.rows.map((r) => r.values[c]),
    })),
  })
  const svg = chart.renderToSVGString()
  chart.dispose()
  return svg
}

async function readTable(bytes: Uint8Array): Promise<KeyFigureTable> {
  const read = await readDataFile('befolkning.csv', bytes)
  if (read.status !== 'read' || read.tables.length !== 1) throw new Error('the CSV was not read as one table')
  return read.tables[0].table
}

export async function run(): Promise<BenchTable> {
  const bytes = danishCsv(ROWS)
  const check = await readTable(bytes)
  if (check.rows.length !== ROWS || check.rows[1].values[0] !== 1037) throw new Error('wrong read')
  const plain = peer(bytes)
  if (plain.length !== ROWS) throw new Error('peer read wrong')

  const ours = await median(() => readTable(bytes))
  const theirs = await median(() => peer(bytes))
  const table = await readTable(bytes)
  const chart = await median(() => chartSvg(table))
  const whole = await median(async () => chartSvg(await readTable(bytes)))

  const ratios = [
    ratioRow(
      `CSV ${ROWS} rows (${Math.round(bytes.length / 1024)} KB) to KeyFigureTable`,
      'split lines/";" + Number()',
      'ms',
      ours,
      theirs,
    ),
    ratioRow(
      `CSV ${ROWS} rows to KeyFigureTable and chart SVG (ECharts SSR)`,
      'split lines/";" + Number()',
      'ms',
      whole,
      theirs,
      '< 500 ms',
    ),
  ]
  writeResults('datapakke', { rows: ROWS, bytes: bytes.length, ours, peer: theirs, chart, whole }, ratios)
  return {
    title: `Datapakke: a ${ROWS}-row Danish CSV to key figures and a chart (median of ${RUNS}, ms)`,
    rows: [
      { step: 'read to KeyFigureTable (ours)', ms: ours },
      { step: 'plain split + Number() (peer)', ms: theirs },
      { step: 'chart SVG from the table (ECharts SSR)', ms: chart },
      { step: 'file to chart SVG', ms: whole },
    ],
    notes: ['aim: file to chart under 500 ms'],
  }
}
