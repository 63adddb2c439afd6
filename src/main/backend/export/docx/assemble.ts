import { Packer, type Document } from 'docx'
import { strFromU8, unzipSync } from 'fflate'
import type { BodyRefs } from './context'
import { BODY_MARK } from './skeleton'
import { tocContent } from './tocXml'
import { numberingXml } from './listNumbering'
import { esc } from './xml'
import { writeZip, type ZipFile } from '../../zip/writeZip'
import type { PlanPartFiles } from './planPart'
import { fillChartSlots, takeChartRuns, tuneChartParts } from './chartSlots'

const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships'

/** The package docx wrote around the marker, read back to be finished with the body. */
export type Skeleton = { parts: Map<string, Uint8Array | string> }

const fail = (what: string): never => {
  throw new Error(`docx skeleton: ${what} not found`)
}

function textPart(parts: Skeleton['parts'], path: string): string {
  const part = parts.get(path) ?? fail(path)
  return typeof part === 'string' ? part : strFromU8(part)
}

/** Compiles the skeleton with docx. */
export async function readSkeleton(document: Document): Promise<Skeleton> {
  const files = unzipSync(new Uint8Array(await Packer.toBuffer(document)))
  return { parts: new Map<string, Uint8Array | string>(Object.entries(files)) }
}

/** Puts `xml` in place of the paragraph that holds the text `mark`. */
function replaceParagraph(doc: string, mark: string, xml: string): string {
  const at = doc.indexOf(mark)
  if (at < 0) fail('body marker')
  const start = Math.max(doc.lastIndexOf('<w:p>', at), doc.lastIndexOf('<w:p ', at))
  const endAt = doc.indexOf('</w:p>', at)
  if (start < 0 || endAt < 0) fail('body marker paragraph')
  return doc.slice(0, start) + xml + doc.slice(endAt + '</w:p>'.length)
}

function withToc(doc: string, refs: BodyRefs, textWidthTwips: number): string {
  if (refs.toc.length === 0) return doc // left for Word to fill in
  const open = doc.indexOf('<w:sdtContent>')
  const close = doc.indexOf('</w:sdtContent>', open)
  if (open < 0 || close < 0) fail('table of contents')
  return (
    doc.slice(0, open + '<w:sdtContent>'.length) + tocContent(refs.toc, textWidthTwips) + doc.slice(close)
  )
}

function relationships(refs: BodyRefs): string {
  let out = ''
  for (const [href, id] of refs.links) {
    out += `<Relationship Id="${id}" Type="${REL}/hyperlink" Target="${esc(href)}" TargetMode="External"/>`
  }
  for (const { relId, file } of [...refs.media.values(), ...refs.pictures]) {
    out += `<Relationship Id="${relId}" Type="${REL}/image" Target="media/${file}"/>`
  }
  return out
}

const insertBefore = (xml: string, closing: string, add: string) => {
  const at = xml.lastIndexOf(closing)
  if (at < 0) fail(closing)
  return xml.slice(0, at) + add + xml.slice(at)
}

/**
 * The finished .docx: the skeleton's parts with the body, its lists, links, images and contents,
 * and the plan itself as a part of its own when `planPart` is given (it is handed the finished
 * document part, whose text it fingerprints).
 */
export function finishPackage(
  skeleton: Skeleton,
  body: string,
  refs: BodyRefs,
  textWidthTwips: number,
  planPart?: (documentXml: string, media: BodyRefs['media']) => PlanPartFiles,
) {
  const { parts } = skeleton
  let doc = textPart(parts, 'word/document.xml')
  // The contents first, while the document is small: then the body is spliced in once.
  doc = withToc(doc, refs, textWidthTwips)
  const charts = takeChartRuns(doc, refs.charts.length)
  doc = replaceParagraph(charts.doc, BODY_MARK, fillChartSlots(body, charts.runs))
  const rels = textPart(parts, 'word/_rels/document.xml.rels')
  const done = new Map(parts)
  tuneChartParts(done, rels, charts.relIds, refs.charts, (path) => textPart(parts, path))
  done.set('word/document.xml', doc)
  // docx wrote a numbering part (and its relationship and content type); ours takes its place whole.
  done.set('word/numbering.xml', numberingXml(refs.lists))
  const embedded = planPart?.(doc, refs.media)
  done.set(
    'word/_rels/document.xml.rels',
    insertBefore(rels, '</Relationships>', relationships(refs) + (embedded?.relationship ?? '')),
  )
  for (const { file, data } of [...refs.media.values(), ...refs.pictures])
    done.set(`word/media/${file}`, data)
  if (embedded) {
    for (const [path, xml] of embedded.parts) done.set(path, xml)
    const types = textPart(parts, '[Content_Types].xml')
    done.set('[Content_Types].xml', insertBefore(types, '</Types>', embedded.contentType))
  }
  const entries: ZipFile[] = []
  for (const [path, data] of done) {
    entries.push({ path, data: typeof data === 'string' ? Buffer.from(data, 'utf8') : data })
  }
  return writeZip(entries)
}
