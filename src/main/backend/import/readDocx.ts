import { AppError } from '../../../shared/model/errors'
import { checkDocument } from '../../../shared/document/validate'
import type { DocJSON } from '../../../shared/model/plan'
import type { ImportReport } from '../../../shared/model/review'
import { openDocx } from './openDocx'
import { ReportCollector } from './report'
import { scanParts } from './scanParts'
import { convertDocx, importedImage, type ImportedImage } from './convertDocx'
import { parseHtml } from './html/htmlTree'
import { htmlToBlocks } from './html/toDoc'
import type { ImportedNode } from './html/inline'
import { recogniseShapes, type CoverInfo } from './recogniseShapes'
import { scanXml } from '../xml/scanXml'
import { readPlanPart, type PlanPartFinding, type PlanPartMeta } from './planPartReader'
import type { DocxPackage } from './openDocx'

/** What only the plan part can bring back: the plan's kind, template and its catalogue copy. */
export type PlanDetails = Pick<PlanPartMeta, 'kind' | 'templateId' | 'catalogue'>

export type ReadDocxResult = {
  doc: DocJSON
  cover: CoverInfo
  images: ImportedImage[]
  report: ImportReport
  /** Set when the plan came from the file's plan part, as it was exported. */
  details?: PlanDetails
}

const FOOTNOTES_HEADING = { da: 'Fodnoter', en: 'Footnotes' }

/**
 * A .docx as a plan document, without touching the disk: checked and unpacked under limits, scanned
 * for what cannot come across, converted by mammoth, rebuilt into plan nodes and validated against
 * the schema. Footnotes are kept as a "Fodnoter" section at the end (their markers stay in the text
 * as [1], [2]...), because a reader must be able to find them and the plan has no footnotes.
 */
export async function readDocx(bytes: Uint8Array, lang: 'da' | 'en' = 'da'): Promise<ReadDocxResult> {
  const pkg = openDocx(bytes)
  const report = new ReportCollector()
  scanParts(pkg, report)
  const ourExport = /w:styleId="CoverMeta"/.test(pkg.text('word/styles.xml') ?? '')
  // A Planværksted export carries the plan itself: while the file shows the text it was exported
  // with, that plan is the file's, whole. Otherwise the visible content is read, and the report says
  // why the plan part was not used.
  const part = readPlanPart(pkg)
  if (part.kind === 'intact') {
    const whole = planFromPart(pkg, part, report)
    if (whole) return whole
    report.add('embeddedPlanDamaged')
  } else if (part.kind === 'changed') report.add('embeddedPlanChanged')
  else if (part.kind === 'damaged') report.add('embeddedPlanDamaged')
  else if (ourExport) report.add('embeddedPlanMissing')

  const { html, images } = await convertDocx(pkg, report)
  const converted = htmlToBlocks(parseHtml(html), report)
  const { blocks, cover } = recogniseShapes(converted.blocks, ourExport, report)
  // Word's own document title (File > Info) names the plan when no Title-style paragraph does.
  cover.title ||= coreTitle(pkg.text('docProps/core.xml') ?? '')

  if (converted.footnotes.length) {
    blocks.push(
      { type: 'heading', attrs: { level: 1 }, content: [{ type: 'text', text: FOOTNOTES_HEADING[lang] }] },
      { type: 'orderedList', content: converted.footnotes },
    )
  }
  for (const img of walk(blocks)) {
    if (img.type !== 'image') continue
    const info = images.get(String(img.attrs?.src ?? '').slice('asset:'.length))
    img.attrs = { ...img.attrs, width: info?.width ?? null, height: info?.height ?? null }
  }
  const doc: DocJSON = { type: 'doc', content: blocks.length ? blocks : [{ type: 'paragraph' }] }
  const check = checkDocument(doc)
  if (!check.ok) throw new AppError('invalid-document', `imported document: ${check.reason}`)
  return finished(check.node.toJSON() as DocJSON, cover, images, report)
}

/**
 * The plan of an intact plan part, through the same check as every way in (checkDocument: schema,
 * attributes, depth, unique initiative ids); its pictures are the package's own media, found by
 * the asset name they were exported under (their sha256). Null when the plan does not pass: then
 * the visible content is read instead.
 */
function planFromPart(
  pkg: DocxPackage,
  part: Extract<PlanPartFinding, { kind: 'intact' }>,
  report: ReportCollector,
): ReadDocxResult | null {
  const check = checkDocument(part.doc)
  if (!check.ok) return null
  const doc = check.node.toJSON() as DocJSON
  // The body is as it was exported (the fingerprint says so), so its charts are the Nøgletal
  // blocks' own, which the plan holds with their data: nothing of them is lost.
  report.drop('chart')
  // Each picture as the asset its bytes make (sha256 + real type), whatever name it had before;
  // one whose file is missing or unreadable stays as it was in the plan (the plan lacked it too).
  const images = new Map<string, ImportedImage>()
  for (const n of walk((doc.content ?? []) as ImportedNode[])) {
    if (n.type !== 'image') continue
    const path = part.media[String(n.attrs?.src ?? '').slice('asset:'.length)]
    const bytes = path ? pkg.parts.get(path) : undefined
    const found = bytes ? importedImage(bytes) : null
    if (!found || typeof found === 'string') continue
    images.set(found.name, found)
    n.attrs = { ...n.attrs, src: `asset:${found.name}` }
  }
  const { title, council, villages, municipality, versionLabel, kind, templateId, catalogue } = part.meta
  const cover: CoverInfo = { title, council, villages, municipality, versionLabel }
  return { ...finished(doc, cover, images, report), details: { kind, templateId, catalogue } }
}

/** The result, with what came across counted and only the images the plan shows. */
function finished(
  doc: DocJSON,
  cover: CoverInfo,
  images: Map<string, ImportedImage>,
  report: ReportCollector,
): ReadDocxResult {
  const all = [...walk((doc.content ?? []) as ImportedNode[])]
  const counts = {
    headings: all.filter((n) => n.type === 'heading').length,
    paragraphs: all.filter((n) => n.type === 'paragraph').length,
    tables: all.filter((n) => n.type === 'table').length,
    images: all.filter((n) => n.type === 'image').length,
    initiatives: all.filter((n) => n.type === 'initiative').length,
  }
  const used = new Set(all.filter((n) => n.type === 'image').map((n) => String(n.attrs?.src).slice(6)))
  return {
    doc,
    cover,
    images: [...images.values()].filter((i) => used.has(i.name)),
    report: { items: report.list(), counts },
  }
}

function* walk(nodes: ImportedNode[]): Generator<ImportedNode> {
  for (const n of nodes) {
    yield n
    if (n.content) yield* walk(n.content)
  }
}

function coreTitle(xml: string): string {
  if (!xml) return ''
  const title: string[] = []
  scanXml(xml, { text: (t, parent) => parent === 'dc:title' && title.push(t) }, { part: 'core.xml' })
  return title.join('').trim()
}
