import { AppError } from '../../../shared/model/errors'
import { checkDocument } from '../../../shared/document/validate'
import type { DocJSON } from '../../../shared/model/plan'
import type { ImportReport } from '../../../shared/model/review'
import { openDocx } from './openDocx'
import { ReportCollector } from './report'
import { scanParts } from './scanParts'
import { convertDocx, type ImportedImage } from './convertDocx'
import { parseHtml } from './html/htmlTree'
import { htmlToBlocks } from './html/toDoc'
import type { JsonNode } from './html/inline'
import { recogniseShapes, type CoverInfo } from './recogniseShapes'
import { scanXml } from '../xml/scanXml'

export type ReadDocxResult = { doc: DocJSON; cover: CoverInfo; images: ImportedImage[]; report: ImportReport }

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
  const { html, images } = await convertDocx(pkg, report)
  const converted = htmlToBlocks(parseHtml(html), report)
  const ourExport = /w:styleId="CoverMeta"/.test(pkg.text('word/styles.xml') ?? '')
  const { blocks, cover, initiatives } = recogniseShapes(converted.blocks, ourExport, report)
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

  const all = [...walk(blocks)]
  const counts = {
    headings: all.filter((n) => n.type === 'heading').length,
    paragraphs: all.filter((n) => n.type === 'paragraph').length,
    tables: all.filter((n) => n.type === 'table').length,
    images: all.filter((n) => n.type === 'image').length,
    initiatives,
  }
  const used = new Set(all.filter((n) => n.type === 'image').map((n) => String(n.attrs?.src).slice(6)))
  return {
    doc: check.node.toJSON() as DocJSON,
    cover,
    images: [...images.values()].filter((i) => used.has(i.name)),
    report: { items: report.list(), counts },
  }
}

function* walk(nodes: JsonNode[]): Generator<JsonNode> {
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
