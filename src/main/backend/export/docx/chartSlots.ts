import { Paragraph, TextRun } from 'docx'
import { ChartRun, type ChartRunOptions } from 'docx/charts'
import type { BodyRefs, ChartEntry } from './context'

/** A text no plan contains, which marks each chart docx writes in the skeleton. */
export const CHART_MARK = 'PLANVAERKSTED-CHART-7d41a9-'
/** Where a chart goes in the body. Body text is always escaped, so "<pv-chart" never comes from a plan. */
const slot = (n: number) => `<pv-chart n="${n}"/>`
const SLOT = /<pv-chart n="(\d+)"\/>/g
/** Drawing ids for charts start above any the body's pictures can reach. */
const CHART_DRAWING_ID_BASE = 900_000

/**
 * Charts are written by docx's charts module (the chart part, its embedded workbook, the
 * relationships and content types), which only works inside a docx Document: the body walk notes
 * each chart here and leaves a slot; the skeleton gets one marked paragraph per chart
 * (chartParagraphs), and finishPackage moves each chart's run from there into its slot (fillChartSlots).
 */
export function chartSlot(refs: BodyRefs, entry: ChartEntry): string {
  refs.charts.push(entry)
  return slot(refs.charts.length - 1)
}

/** The skeleton's paragraphs that carry the charts, after the body marker. */
export function chartParagraphs(charts: ChartRunOptions[]): Paragraph[] {
  return charts.map(
    (options, n) => new Paragraph({ children: [new TextRun(`${CHART_MARK}${n}`), new ChartRun(options)] }),
  )
}

const fail = (what: string): never => {
  throw new Error(`docx skeleton: ${what} not found`)
}

/** Takes the marked chart paragraphs out of the document part, and returns each chart's run. */
export function takeChartRuns(doc: string, count: number): { doc: string; runs: string[]; relIds: string[] } {
  const runs: string[] = []
  const relIds: string[] = []
  for (let n = 0; n < count; n++) {
    const at = doc.indexOf(`${CHART_MARK}${n}<`)
    if (at < 0) fail(`chart ${n}`)
    const start = Math.max(doc.lastIndexOf('<w:p>', at), doc.lastIndexOf('<w:p ', at))
    const end = doc.indexOf('</w:p>', at)
    const drawing = doc.indexOf('<w:r><w:drawing>', at)
    const drawingEnd = doc.indexOf('</w:drawing></w:r>', drawing)
    if (start < 0 || end < 0 || drawing < 0 || drawingEnd < 0 || drawingEnd > end) fail(`chart ${n} run`)
    const run = doc.slice(drawing, drawingEnd + '</w:drawing></w:r>'.length)
    relIds.push(/<c:chart [^>]*r:id="([^"]+)"/.exec(run)?.[1] ?? fail(`chart ${n} relationship`))
    runs.push(run.replace(/<wp:docPr id="\d+"/, `<wp:docPr id="${CHART_DRAWING_ID_BASE + n}"`))
    doc = doc.slice(0, start) + doc.slice(end + '</w:p>'.length)
  }
  return { doc, runs, relIds }
}

/** The body with each slot replaced by its chart's run. */
export function fillChartSlots(body: string, runs: string[]): string {
  return body.replace(SLOT, (_, n: string) => runs[Number(n)] ?? '')
}

/**
 * What docx's options cannot say, set in each chart's part: the language of its text (docx writes
 * en-US; a Danish Word then reads the numbers right either way, but the chart says what it is),
 * and for a pyramid the age labels at the low edge of the axis instead of over the bars at zero.
 */
export function tuneChartParts(
  parts: Map<string, Uint8Array | string>,
  rels: string,
  relIds: string[],
  charts: ChartEntry[],
  text: (path: string) => string,
): void {
  relIds.forEach((id, n) => {
    const target = new RegExp(`Id="${id}"[^>]*Target="([^"]+)"`).exec(rels)?.[1] ?? fail(`chart ${n} target`)
    const path = `word/${target}`
    let xml = text(path).replace(/<c:lang val="[^"]*"\/>/, `<c:lang val="${charts[n].lang}"/>`)
    if (charts[n].pyramid) {
      xml = xml.replace(/(<c:catAx>.*?)<c:tickLblPos val="nextTo"\/>/, '$1<c:tickLblPos val="low"/>')
    }
    parts.set(path, xml)
  })
}
