import type { JSONContent } from '@tiptap/core'
/**
 * Word export of generated plans (10, 100, 300 pages): ours (full fidelity: cover, TOC, styles,
 * initiatives, derived tables), prosemirror-docx over the same document, and pandoc (HTML to docx)
 * where installed. Median of a few runs, in ms. Writes bench/results/export.json.
 */
import { execFileSync, spawnSync } from 'node:child_process'
import { Packer } from 'docx'
import { strFromU8, unzipSync } from 'fflate'
import { Node as PMNode } from '@tiptap/pm/model'
import { generateHTML } from '@tiptap/html'
import { exportPlanToDocx } from '../src/main/backend/export/index'
import { planExtensions, planSchema } from '../src/shared/document/extensions'
import { generatePlan } from './generate/plan'
import { ratioRow, writeResults, type RatioRow } from './ratioTable'
import type { BenchTable } from './run'

const PAGES = [10, 100, 300]
const RUNS = Number(process.env.BENCH_RUNS ?? 5)

type Timed = () => Promise<unknown>

const medianOf = (times: number[]) => {
  const sorted = [...times].sort((a, b) => a - b)
  return Math.round(sorted[Math.floor(sorted.length / 2)])
}

/**
 * Median ms of each tool, measured in interleaved rounds (ours, prosemirror-docx, pandoc, ours, ...):
 * the machine is shared, and a burst of load then hits every tool alike instead of one tool's block.
 * Each tool is warmed up first (JIT and module caches, as in a running app). `runs` per tool.
 */
async function interleaved(tools: { fn: Timed; runs: number; warmups: number }[]): Promise<number[]> {
  for (const { fn, warmups } of tools) for (let i = 0; i < warmups; i++) await fn()
  const times: number[][] = tools.map(() => [])
  const rounds = Math.max(...tools.map((t) => t.runs))
  for (let round = 0; round < rounds; round++) {
    for (const [i, { fn, runs }] of tools.entries()) {
      if (round >= runs) continue
      const t = performance.now()
      await fn()
      times[i].push(performance.now() - t)
    }
  }
  return times.map(medianOf)
}

/**
 * prosemirror-docx knows prosemirror-schema-basic's snake_case names; ours are TipTap's camelCase,
 * so its own serializers are mapped onto our names. An initiative is given its description (its
 * fields are dropped: prosemirror-docx has nothing for them); the derived blocks (action plan,
 * matrix) are dropped, as prosemirror-docx cannot compute them.
 */
// prosemirror-docx 0.6.1 declares "type": "module" but points "main" at its CommonJS build, so Node
// cannot load it by name; its ESM build is loaded by path (tsx resolves its extensionless imports).
const PMD_PATH: string = 'prosemirror-docx/dist/esm/index.js'
const { defaultMarks, defaultNodes, DocxSerializer } = (await import(
  PMD_PATH
)) as typeof import('prosemirror-docx')

const pmDocx = new DocxSerializer(
  {
    ...defaultNodes,
    bulletList: defaultNodes.bullet_list,
    orderedList: defaultNodes.ordered_list,
    listItem: defaultNodes.list_item,
    hardBreak: defaultNodes.hard_break,
    horizontalRule: defaultNodes.horizontal_rule,
    initiative: (state, node) => state.renderContent(node),
    actionPlan: () => undefined,
    focusMatrix: () => undefined,
  },
  { ...defaultMarks, bold: defaultMarks.strong, italic: defaultMarks.em },
)
/** prosemirror-docx writes nothing without a section to write into: one, as a plain document has. */
const pmExport = (node: PMNode) =>
  Packer.toBuffer(pmDocx.serialize(node, { getImageBuffer: () => new Uint8Array(), sections: [{}] }))

/** The words a .docx holds (w:t runs), so a peer that silently writes an empty file is caught. */
function wordsIn(docx: Uint8Array): number {
  const xml = strFromU8(
    unzipSync(docx, { filter: (f) => f.name === 'word/document.xml' })['word/document.xml'],
  )
  let words = 0
  for (const m of xml.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g))
    words += m[1].split(/\s+/).filter(Boolean).length
  return words
}

function hasPandoc(): boolean {
  return spawnSync('pandoc', ['--version'], { stdio: 'ignore' }).status === 0
}

export async function run(): Promise<BenchTable> {
  const pandoc = hasPandoc()
  const rows: BenchTable['rows'] = []
  const ratios: RatioRow[] = []
  for (const pages of PAGES) {
    const plan = generatePlan(pages)
    const readAsset = async () => new Uint8Array()
    const pmNode = PMNode.fromJSON(planSchema(), plan.doc)
    const html = pandoc ? generateHTML(plan.doc as JSONContent, planExtensions()) : ''
    const tools: { fn: () => Promise<unknown>; runs: number; warmups: number }[] = [
      {
        fn: () => exportPlanToDocx({ plan, readAsset, options: { reviewCopy: false } }),
        runs: RUNS,
        warmups: 2,
      },
      {
        fn: () => pmExport(pmNode),
        runs: RUNS,
        warmups: 2,
      },
    ]
    // pandoc is a separate process: fewer runs, it is the slow one
    const runPandoc = async () => {
      execFileSync('pandoc', ['-f', 'html', '-t', 'docx', '-o', '/dev/null'], { input: html })
    }
    if (pandoc) tools.push({ fn: runPandoc, runs: 3, warmups: 1 })
    // Every peer must write the document, or its time means nothing (prosemirror-docx without
    // sections once wrote an empty file and looked 2.5x faster than it is).
    const oursWords = wordsIn(await exportPlanToDocx({ plan, readAsset, options: { reviewCopy: false } }))
    const pmWords = wordsIn(new Uint8Array(await pmExport(pmNode)))
    if (pmWords < oursWords / 2) throw new Error(`prosemirror-docx wrote ${pmWords} words, ours ${oursWords}`)
    const [ours, pm, pandocMeasured] = await interleaved(tools)
    const pandocMs = pandoc ? pandocMeasured : null
    rows.push({
      pages,
      'ours (ms)': ours,
      'prosemirror-docx (ms)': pm,
      'ours / prosemirror-docx': Math.round((ours / pm) * 100) / 100,
      'words (ours / pm)': `${oursWords} / ${pmWords}`,
      'pandoc (ms)': pandocMs,
      'ours / pandoc': pandocMs ? Math.round((ours / pandocMs) * 100) / 100 : null,
    })
    ratios.push(
      ratioRow(`Word export, ${pages} pages`, 'prosemirror-docx', 'ms', ours, pm),
      ratioRow(`Word export, ${pages} pages`, 'pandoc (HTML to docx)', 'ms', ours, pandocMs),
    )
  }
  writeResults('export', { runs: RUNS, rows }, ratios)
  return {
    title: 'Word export (median ms)',
    rows,
    notes: [
      'each tool warmed up, then measured in interleaved rounds so load on the shared machine hits all alike',
      'ours: full fidelity (cover, TOC, header/footer, initiatives with fields, action plan, matrix, appendix)',
      'prosemirror-docx: same document; initiative fields and derived blocks dropped (it cannot render them)',
      pandoc
        ? 'pandoc: generateHTML(doc) | pandoc -f html -t docx, process start included'
        : 'pandoc: not installed',
    ],
  }
}
