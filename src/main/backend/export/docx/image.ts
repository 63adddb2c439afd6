import { ImageRun, Paragraph, TextRun } from 'docx'
import { assetName } from '../../../../shared/document/image/planImage'
import { attrsOf, type JsonNode } from '../../../../shared/derive/docWalk'
import type { ExportContext } from './context'
import { textStyle, type BlockEnv } from './paragraph'
import { STYLE } from './styles'

const str = (v: unknown) => (typeof v === 'string' ? v.trim() : '')
const positive = (v: unknown) => {
  const n = typeof v === 'number' ? v : typeof v === 'string' ? Number(v) : NaN
  return Number.isFinite(n) && n > 0 ? n : null
}
/** Tallest an image may be, in px at 96 dpi: about two thirds of an A4 text column. */
const MAX_HEIGHT_PX = 620

/**
 * An image embedded at its own proportions, scaled down to the text width, with its alt text as
 * the drawing's description (what a screen reader reads). An image that cannot be embedded (missing
 * asset, WebP, damaged file) becomes a visible note with its alt text, never a silent gap.
 */
export function image(node: JsonNode, ctx: ExportContext, env: BlockEnv): Paragraph[] {
  const a = attrsOf(node)
  const name = assetName(a.src)
  const alt = str(a.alt)
  const title = str(a.title)
  const loaded = name ? ctx.images.get(name) : null
  if (!loaded) {
    return [
      new Paragraph({ style: STYLE.note, children: [new TextRun(ctx.labels.imageMissing(alt || title))] }),
    ]
  }
  const { info, data } = loaded
  const ratio = info.height / info.width
  const attrW = positive(a.width)
  const attrH = positive(a.height)
  let width = attrW ?? info.width
  let height = attrW && attrH ? attrH : width * ratio
  const maxWidth = env.cell ? ctx.textWidthPx / 3 : ctx.textWidthPx
  const scale = Math.min(1, maxWidth / width, MAX_HEIGHT_PX / height)
  width = Math.max(1, Math.round(width * scale))
  height = Math.max(1, Math.round(height * scale))
  const run = new ImageRun({
    type: info.type,
    data,
    transformation: { width, height },
    altText: { name: name ?? 'image', description: alt || title, title: title || alt },
  })
  const out = [new Paragraph({ style: env.cell ? textStyle(env) : STYLE.imageParagraph, children: [run] })]
  if (title && !env.cell) out.push(new Paragraph({ style: STYLE.caption, children: [new TextRun(title)] }))
  return out
}
