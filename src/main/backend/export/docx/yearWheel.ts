import { attrsOf, type JsonNode } from '../../../../shared/derive/docWalk'
import { yearItems, type YearItem } from '../../../../shared/derive/yearItems'
import { wheelShape } from '../../../../shared/derive/yearWheelShape'
import { blockYear } from '../../../../shared/document/yearWheelBlock/yearWheelBlockAttrs'
import { MONTH_NAMES, MONTH_SHORT } from '../../../../shared/format/months'
import { yearItemWhen } from '../../../../shared/format/yearItemWhen'
import { t } from '../../../../shared/i18n/translate'
import type { ExportContext } from './context'
import type { Block } from './blocks'
import { contentWidth, type BlockEnv } from './paragraph'
import { STYLE } from './styles'
import { composedTable } from './tableKit'
import { esc, paragraph, run, textParagraph } from './xml'
import { wheelSvg } from '../yearWheel/wheelSvg'
import { wheelPng } from '../yearWheel/wheelPng'
import { WHEEL_COLOURS } from '../yearWheel/wheelColours'

/** The legend under the picture: each kind's sign in its colour; a fund's deadline is the diamond
 * it has on the wheel, so the legend does not rest on colour alone. */
const LEGEND: { kind: YearItem['kind']; sign: string; colour: string }[] = [
  { kind: 'meeting', sign: '■', colour: WHEEL_COLOURS.meeting },
  { kind: 'deadline', sign: '■', colour: WHEEL_COLOURS.deadline },
  { kind: 'application', sign: '◆', colour: WHEEL_COLOURS.application },
  { kind: 'initiative', sign: '■', colour: WHEEL_COLOURS.initiative },
]

function legend(lang: 'da' | 'en'): string {
  const runs = LEGEND.map(
    (l, i) =>
      (i ? run('   ') : '') +
      run(`${l.sign} `, { color: l.colour.slice(1) }) +
      run(t(lang, `year:kinds.${l.kind}`)),
  )
  return paragraph(
    { style: STYLE.caption, align: 'center' },
    run(`${t(lang, 'year:wheel.legend')}: `) + runs.join(''),
  )
}

const EMU_PER_PX = 9525
const TWIPS_PER_PX = 15
/** The wheel takes two thirds of the text width: large enough to read the months, with room beside. */
const SHARE = 2 / 3
/** Word's extension for an SVG beside the PNG (Office 2016 and later show the SVG). */
const SVG_EXT = '{96DAC541-7B7A-43D3-8B79-37D633B846F1}'
const A = 'http://schemas.openxmlformats.org/drawingml/2006/main'
const PIC = 'http://schemas.openxmlformats.org/drawingml/2006/picture'
const ASVG = 'http://schemas.microsoft.com/office/drawing/2016/SVG/main'
/** Word's own alt-text box takes a few thousand characters; past this the list below says the rest. */
const MAX_DESCR = 1500

function picture(ctx: ExportContext, data: Uint8Array, ext: 'png' | 'svg'): string {
  const n = ctx.refs.pictures.length + 1
  const entry = { relId: `rIdWheel${n}`, file: `yearwheel${n}.${ext}`, data }
  ctx.refs.pictures.push(entry)
  return entry.relId
}

/** An inline picture whose main blip is the PNG and whose svgBlip extension is the SVG, as Word writes one. */
function wheelDrawing(ctx: ExportContext, png: string, svg: string, px: number, name: string, descr: string) {
  const cx = px * EMU_PER_PX
  const id = ++ctx.refs.drawings
  return (
    `<w:r><w:drawing><wp:inline distT="0" distB="0" distL="0" distR="0"><wp:extent cx="${cx}" cy="${cx}"/>` +
    `<wp:effectExtent t="0" r="0" b="0" l="0"/>` +
    `<wp:docPr id="${id}" name="${esc(name)}" descr="${esc(descr)}" title="${esc(name)}"/>` +
    `<wp:cNvGraphicFramePr><a:graphicFrameLocks xmlns:a="${A}" noChangeAspect="1"/></wp:cNvGraphicFramePr>` +
    `<a:graphic xmlns:a="${A}"><a:graphicData uri="${PIC}"><pic:pic xmlns:pic="${PIC}">` +
    `<pic:nvPicPr><pic:cNvPr id="0" name="${esc(name)}" descr="${esc(descr)}"/><pic:cNvPicPr><a:picLocks noChangeAspect="1"/></pic:cNvPicPr></pic:nvPicPr>` +
    `<pic:blipFill><a:blip r:embed="${png}"><a:extLst><a:ext uri="${SVG_EXT}">` +
    `<asvg:svgBlip xmlns:asvg="${ASVG}" r:embed="${svg}"/></a:ext></a:extLst></a:blip>` +
    `<a:stretch><a:fillRect/></a:stretch></pic:blipFill>` +
    `<pic:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="${cx}" cy="${cx}"/></a:xfrm>` +
    `<a:prstGeom prst="rect"><a:avLst/></a:prstGeom></pic:spPr></pic:pic></a:graphicData></a:graphic>` +
    `</wp:inline></w:drawing></w:r>`
  )
}

/**
 * The wheel's text alternative, what a screen reader reads for the picture: how many things, then
 * month by month what happens ("marts: Ansøgningsfrist, Landdistriktspuljen; juni: …"). The table
 * under the picture holds the whole list; a very full year is cut with "…".
 */
export function wheelDescription(items: readonly YearItem[], lang: 'da' | 'en', head: string): string {
  const months = [...new Set(items.map((i) => i.startMonth))].sort((a, b) => a - b)
  const parts = months.map(
    (m) =>
      `${MONTH_NAMES[lang][m - 1]}: ${items
        .filter((i) => i.startMonth === m)
        .map((i) => i.name)
        .join(', ')}`,
  )
  const text = parts.length ? `${head} ${parts.join('; ')}.` : head
  return text.length > MAX_DESCR ? `${text.slice(0, MAX_DESCR - 1).trimEnd()}…` : text
}

/**
 * "Årshjul" in Word: the wheel as a picture (SVG for Word 2016 and later, the PNG fallback for
 * older readers), described in words, captioned, and the same items as a table beneath it, which
 * is what a reader who cannot see the picture reads in full.
 */
export function yearWheel(node: JsonNode, ctx: ExportContext, env: BlockEnv): Block[] {
  const a = attrsOf(node)
  const lang = ctx.lang
  const wheelId = typeof a.wheelId === 'string' ? a.wheelId : ''
  const wheel = wheelId ? ctx.yearWheels.get(wheelId) : undefined
  if (!wheel) {
    const text = wheelId ? t(lang, 'year:word.missing', { id: wheelId }) : t(lang, 'year:word.noWheel')
    return [textParagraph(STYLE.note, text)]
  }
  const year = blockYear({ year: typeof a.year === 'number' ? a.year : null }, ctx.today)
  const items = yearItems(wheel, ctx.doc, year)
  const shape = wheelShape(items, year, ctx.today)
  const caption = t(lang, 'year:word.caption', { year, municipality: wheel.municipality, title: wheel.title })
  const when = (i: YearItem) => yearItemWhen(i, lang)
  const svg = wheelSvg(shape, { year, monthLabels: MONTH_SHORT[lang], title: caption, lang, when })
  const png = wheelPng(shape, year, MONTH_SHORT[lang])
  const width = env.cell ? contentWidth(ctx, env) / TWIPS_PER_PX : ctx.textWidthPx
  const px = Math.round(width * SHARE)
  const head = t(lang, 'year:word.descr', { year, municipality: wheel.municipality, count: items.length })
  const descr = wheelDescription(items, lang, head)
  const drawing = wheelDrawing(
    ctx,
    picture(ctx, png, 'png'),
    picture(ctx, Buffer.from(svg, 'utf8'), 'svg'),
    px,
    caption,
    descr,
  )
  const out: Block[] = [
    paragraph({ style: STYLE.imageParagraph, keepNext: true }, drawing),
    paragraph({ style: STYLE.caption, align: 'center', keepNext: true }, run(caption)),
    legend(lang),
  ]
  if (items.length === 0) {
    out.push(textParagraph(STYLE.note, t(lang, 'year:list.empty', { year })))
    return out
  }
  const c = (k: 'when' | 'what' | 'kind' | 'who' | 'prepare') => t(lang, `year:word.columns.${k}`)
  out.push(
    composedTable({
      header: [c('when'), c('what'), c('kind'), c('who'), c('prepare')],
      rows: items.map((i) => [when(i), i.name, t(lang, `year:kinds.${i.kind}`), i.who, i.prepare]),
      width: contentWidth(ctx, env),
      caption: t(lang, 'year:word.table', { year }),
    }),
  )
  return out
}
