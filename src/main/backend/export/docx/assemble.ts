import { Packer, type Document } from 'docx'
import { strFromU8, unzipSync } from 'fflate'
import type { BodyRefs } from './context'
import { MARK } from './skeleton'
import { tocContent } from './tocXml'
import { numberingInstanceXml } from './listNumbering'
import { esc } from './xml'
import { writeZip, type ZipFile } from '../../zip/writeZip'
import type { PlanPartFiles } from './planPart'

const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships'

/** The package docx wrote around the marker, read back to be finished with the body. */
export type Skeleton = {
  parts: Map<string, Uint8Array | string>
  /** numId for the first list of the body: after every instance the skeleton has. */
  firstNumId: number
  abstract: { bullet: string; ordered: string }
}

const fail = (what: string): never => {
  throw new Error(`docx skeleton: ${what} not found`)
}

function textPart(parts: Skeleton['parts'], path: string): string {
  const part = parts.get(path) ?? fail(path)
  return typeof part === 'string' ? part : strFromU8(part)
}

/** Compiles the skeleton with docx and finds what the body needs from it. */
export async function readSkeleton(document: Document): Promise<Skeleton> {
  const files = unzipSync(new Uint8Array(await Packer.toBuffer(document)))
  const parts = new Map<string, Uint8Array | string>(Object.entries(files))
  const body = textPart(parts, 'word/document.xml')
  const numbering = textPart(parts, 'word/numbering.xml')
  const numIdOf = (mark: string) => {
    const at = body.indexOf(mark)
    const p = body.lastIndexOf('<w:p>', at)
    return /<w:numId w:val="(\d+)"\/>/.exec(body.slice(p, at))?.[1] ?? fail(`${mark} numbering`)
  }
  const abstractOf = (numId: string) =>
    new RegExp(`<w:num w:numId="${numId}"><w:abstractNumId w:val="(\\d+)"/>`).exec(numbering)?.[1] ??
    fail(`numbering instance ${numId}`)
  const numIds = [...numbering.matchAll(/<w:num w:numId="(\d+)"/g)].map((m) => Number(m[1]))
  return {
    parts,
    firstNumId: Math.max(0, ...numIds) + 1,
    abstract: { bullet: abstractOf(numIdOf(MARK.bullet)), ordered: abstractOf(numIdOf(MARK.ordered)) },
  }
}

/** Cuts out `from`'s paragraph through `to`'s paragraph and puts `xml` there. */
function replaceParagraphs(doc: string, from: string, to: string, xml: string): string {
  const start = doc.lastIndexOf('<w:p>', doc.indexOf(from))
  const endAt = doc.indexOf(to)
  if (start < 0 || endAt < 0) fail('body marker')
  const end = doc.indexOf('</w:p>', endAt) + '</w:p>'.length
  return doc.slice(0, start) + xml + doc.slice(end)
}

function withToc(doc: string, refs: BodyRefs, textWidthTwips: number): string {
  if (refs.toc.length === 0) return doc // left for Word to fill in
  const open = doc.indexOf('<w:sdtContent>')
  const close = doc.indexOf('</w:sdtContent>', open)
  if (open < 0 || close < 0) fail('table of contents')
  const content = doc.slice(open, close)
  const fieldStart =
    /<w:r><w:fldChar w:fldCharType="begin"[^>]*\/>.*?<w:fldChar w:fldCharType="separate"\/><\/w:r>/s.exec(
      content,
    )?.[0] ?? fail('TOC field')
  return (
    doc.slice(0, open + '<w:sdtContent>'.length) +
    tocContent(refs.toc, fieldStart, textWidthTwips) +
    doc.slice(close)
  )
}

/** The w:num elements of the body's lists, one instance each (listNumbering.ts). */
function numberingInstances(skeleton: Skeleton, refs: BodyRefs): string {
  return refs.lists
    .map((list, i) => numberingInstanceXml(skeleton.firstNumId + i, skeleton.abstract[list.kind], list))
    .join('')
}

function relationships(refs: BodyRefs): string {
  let out = ''
  for (const [href, id] of refs.links) {
    out += `<Relationship Id="${id}" Type="${REL}/hyperlink" Target="${esc(href)}" TargetMode="External"/>`
  }
  for (const { relId, file } of refs.media.values()) {
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
  doc = replaceParagraphs(doc, MARK.bullet, MARK.body, body)
  const numbering = textPart(parts, 'word/numbering.xml')
  const rels = textPart(parts, 'word/_rels/document.xml.rels')
  const done = new Map(parts)
  done.set('word/document.xml', doc)
  done.set(
    'word/numbering.xml',
    insertBefore(numbering, '</w:numbering>', numberingInstances(skeleton, refs)),
  )
  const embedded = planPart?.(doc, refs.media)
  done.set(
    'word/_rels/document.xml.rels',
    insertBefore(rels, '</Relationships>', relationships(refs) + (embedded?.relationship ?? '')),
  )
  for (const { file, data } of refs.media.values()) done.set(`word/media/${file}`, data)
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
