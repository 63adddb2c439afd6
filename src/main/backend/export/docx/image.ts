import { assetName } from '../../../../shared/document/image/planImage'
import { attrsOf, type JsonNode } from '../../../../shared/derive/docWalk'
import type { ExportContext, LoadedImage } from './context'
import { contentWidth, textStyle, type BlockEnv } from './paragraph'
import { imageAlignOf, imageSizeOf, SIZE_FRACTION } from '../../../../shared/document/image/imageLayout'
import { STYLE } from './styles'
import { esc, paragraph, run as runOf, textParagraph } from './xml'

const str = (v: unknown) => (typeof v === 'string' ? v.trim() : '')
const positive = (v: unknown) => {
  const n = typeof v === 'number' ? v : typeof v === 'string' ? Number(v) : NaN
  return Number.isFinite(n) && n > 0 ? n : null
}
/** Tallest an image may be, in px at 96 dpi: about two thirds of an A4 text column. */
const MAX_HEIGHT_PX = 620
const EMU_PER_PX = 9525
const TWIPS_PER_PX = 15
const A = 'http://schemas.openxmlformats.org/drawingml/2006/main'
const PIC = 'http://schemas.openxmlformats.org/drawingml/2006/picture'

/** Each image file is stored once in the package, however often the plan shows it. */
function mediaRelId(ctx: ExportContext, name: string, image: LoadedImage): string {
  const known = ctx.refs.media.get(name)
  if (known) return known.relId
  const n = ctx.refs.media.size + 1
  const entry = { relId: `rIdMedia${n}`, file: `image${n}.${image.info.type}`, data: image.data }
  ctx.refs.media.set(name, entry)
  return entry.relId
}

/** An inline picture, as Word writes one: its name, description (the alt text) and title on docPr. */
function drawing(
  relId: string,
  id: number,
  w: number,
  h: number,
  name: string,
  descr: string,
  title: string,
) {
  const cx = w * EMU_PER_PX
  const cy = h * EMU_PER_PX
  return (
    `<w:r><w:drawing><wp:inline distT="0" distB="0" distL="0" distR="0"><wp:extent cx="${cx}" cy="${cy}"/>` +
    `<wp:effectExtent t="0" r="0" b="0" l="0"/>` +
    `<wp:docPr id="${id}" name="${esc(name)}" descr="${esc(descr)}" title="${esc(title)}"/>` +
    `<wp:cNvGraphicFramePr><a:graphicFrameLocks xmlns:a="${A}" noChangeAspect="1"/></wp:cNvGraphicFramePr>` +
    `<a:graphic xmlns:a="${A}"><a:graphicData uri="${PIC}"><pic:pic xmlns:pic="${PIC}">` +
    `<pic:nvPicPr><pic:cNvPr id="0" name="" descr=""/><pic:cNvPicPr><a:picLocks noChangeAspect="1" noChangeArrowheads="1"/></pic:cNvPicPr></pic:nvPicPr>` +
    `<pic:blipFill><a:blip r:embed="${relId}" cstate="none"/><a:srcRect/><a:stretch><a:fillRect/></a:stretch></pic:blipFill>` +
    `<pic:spPr bwMode="auto"><a:xfrm><a:off x="0" y="0"/><a:ext cx="${cx}" cy="${cy}"/></a:xfrm>` +
    `<a:prstGeom prst="rect"><a:avLst/></a:prstGeom></pic:spPr></pic:pic></a:graphicData></a:graphic>` +
    `</wp:inline></w:drawing></w:r>`
  )
}

/**
 * An image embedded at its own proportions, at the share of the text width its size asks for (a
 * third, two thirds, all of it; never larger than the picture itself), aligned as chosen, with its
 * alt text as the drawing's description (what a screen reader reads) and its caption right after
 * it in Word's own "caption" style (which a Danish Word shows as Billedtekst). An image that cannot
 * be embedded (missing asset, WebP, damaged or cut-off file) becomes a visible note with its alt
 * text, never a silent gap; it and a picture with nothing to describe it are in ctx.notices.
 */
export function image(node: JsonNode, ctx: ExportContext, env: BlockEnv): string[] {
  const a = attrsOf(node)
  const name = assetName(a.src)
  const alt = str(a.alt)
  const title = str(a.title)
  const loaded = name ? ctx.images.get(name) : null
  const caption = str(a.caption) || title
  const notice = { section: ctx.state.section, label: alt || caption }
  if (!name || !loaded) {
    ctx.notices.push({ kind: 'image-left-out', ...notice })
    return [textParagraph(STYLE.note, ctx.labels.imageMissing(alt || title))]
  }
  // Without alt text the caption is the best description there is; with neither, the picture is
  // still written, and the council is told.
  if (!alt && !caption) ctx.notices.push({ kind: 'image-without-alt', ...notice })
  const { info } = loaded
  const ratio = info.height / info.width
  const attrW = positive(a.width)
  const attrH = positive(a.height)
  let width = attrW ?? info.width
  let height = attrW && attrH ? attrH : width * ratio
  const share = SIZE_FRACTION[imageSizeOf(a.size)]
  const maxWidth = env.cell ? (contentWidth(ctx, env) / TWIPS_PER_PX) * share : ctx.textWidthPx * share
  const scale = Math.min(1, maxWidth / width, MAX_HEIGHT_PX / height)
  width = Math.max(1, Math.round(width * scale))
  height = Math.max(1, Math.round(height * scale))
  const relId = mediaRelId(ctx, name, loaded)
  const run = drawing(relId, ++ctx.refs.drawings, width, height, name, alt || caption, title || alt)
  const align = imageAlignOf(a.align)
  const style = env.cell ? textStyle(env) : STYLE.imageParagraph
  // The Figure style centres; only another choice is written on the paragraph itself.
  const chosen = a.align !== undefined && (env.cell || align !== 'center')
  const out = [paragraph({ style, align: chosen ? align : undefined }, run)]
  if (caption && !env.cell) out.push(paragraph({ style: STYLE.caption, align }, runOf(caption)))
  return out
}
