import type { BodyRefs } from './context'
import { styleMetrics, type StyleMetrics } from './styleMetrics'
import { STYLE, listIndent } from './styles'
import { esc } from './xml'
import { LineWrap } from './lineWrap'

/**
 * Where each heading of the body will fall, estimated by laying the body out as Word does, so the
 * table of contents shows page numbers from the first open: in Protected View, in a previewer
 * and in LibreOffice, none of which update fields. Word replaces them with its own on open (the
 * fields are marked dirty and the settings ask for an update), so an estimate that is a page off
 * in a long plan is corrected as soon as the file is edited.
 *
 * It reads the WordprocessingML the walker wrote (paragraphs, tables, pictures) and lays it out
 * with the styles' sizes and spacing (styleMetrics.ts) and the font's widths (textMetrics.ts):
 * lines wrapped word by word, headings kept with what follows, rows that cannot split moved
 * whole, header rows repeated, widows and orphans avoided, space before dropped at a page top.
 */

export type PageBox = { width: number; height: number }

/** Calibri's line: (ascent + descent) / em = (1950 + 550) / 2048. */
const LINE = 2500 / 2048
/** A table cell's top and bottom margins (tableKit) and its left and right ones. */
const CELL_V = 80
/** A row's share of the table's borders (4 eighths of a point). */
const ROW_RULE = 10
const CELL_H = 200
const EMU_PER_TWIP = 635

type Para = {
  kind: 'p'
  before: number
  after: number
  lineH: number
  lines: number
  keepNext: boolean
  keepLines: boolean
  bookmarks: number[]
}
type Row = { height: number; header: boolean; cantSplit: boolean; keepNext: boolean }
type Table = { kind: 'tbl'; rows: Row[] }
type Item = Para | Table

const attr = (xml: string, re: RegExp) => re.exec(xml)?.[1]
const STYLE_RE = /<w:pStyle w:val="([^"]+)"/
const LEVEL_RE = /<w:ilvl w:val="(\d+)"/
const INDENT_RE = /<w:ind w:left="(\d+)"/
const BEFORE_RE = /<w:spacing w:before="(\d+)"/
const EXTENT_RE = /<wp:extent cx="\d+" cy="(\d+)"/
const BOOKMARK = '<w:bookmarkStart w:name="_Toc'

/** A paragraph measured at `width` twips: its runs' text wrapped word by word, pictures as boxes. */
function measureParagraph(xml: string, width: number): Para {
  const pPrEnd = xml.indexOf('</w:pPr>')
  const pPr = pPrEnd > 0 ? xml.slice(0, pPrEnd) : ''
  const m: StyleMetrics = styleMetrics(pPr ? attr(pPr, STYLE_RE) : undefined)
  const level = pPr ? attr(pPr, LEVEL_RE) : undefined
  const indent = pPr ? attr(pPr, INDENT_RE) : undefined
  const left = Number(indent ?? (level !== undefined ? listIndent(Number(level)) : m.left))
  const before = Number((pPr && attr(pPr, BEFORE_RE)) ?? m.before)
  const room = Math.max(400, width - left - m.right)
  let lineH = m.lineFactor * LINE * m.sizePt * 20
  const wrap = new LineWrap(room, m.sizePt)
  for (let at = xml.indexOf('<w:r>', Math.max(0, pPrEnd)); at >= 0; at = xml.indexOf('<w:r>', at)) {
    const end = xml.indexOf('</w:r>', at)
    if (end < 0) break
    const rPrEnd = xml.startsWith('<w:rPr>', at + 5) ? xml.indexOf('</w:rPr>', at) : -1
    const boldAt = rPrEnd > 0 ? xml.indexOf('<w:b/>', at) : -1
    const bold = m.bold || (boldAt > 0 && boldAt < rPrEnd)
    let i = rPrEnd > 0 ? rPrEnd : at + 5
    if (xml.startsWith('<w:drawing>', i) || xml.startsWith('<w:drawing>', i + 8)) {
      const run = xml.slice(at, end)
      const cy = Number(attr(run, EXTENT_RE) ?? 0)
      lineH = Math.max(lineH, cy / EMU_PER_TWIP)
      wrap.addBox(1)
      at = end
      continue
    }
    for (;;) {
      const tag = xml.indexOf('<w:', i)
      if (tag < 0 || tag >= end) break
      if (xml.startsWith('<w:t', tag) && (xml[tag + 4] === '>' || xml[tag + 4] === ' ')) {
        const open = xml.indexOf('>', tag) + 1
        const close = xml.indexOf('</w:t>', open)
        wrap.addRange(xml, open, close, bold)
        i = close + 6
      } else {
        if (xml.startsWith('<w:br/>', tag)) wrap.newLine()
        else if (xml.startsWith('<w:tab/>', tag)) wrap.add('\t', bold)
        i = tag + 3
      }
    }
    at = end
  }
  const lines = wrap.finish()
  const bookmarks: number[] = []
  for (let b = xml.indexOf(BOOKMARK); b >= 0; b = xml.indexOf(BOOKMARK, b + 1)) {
    bookmarks.push(Number.parseInt(xml.slice(b + BOOKMARK.length, b + BOOKMARK.length + 12), 10))
  }
  return {
    kind: 'p',
    before,
    after: m.after,
    lineH,
    lines,
    keepNext: m.keepNext || pPr.includes('<w:keepNext/>'),
    keepLines: m.keepLines,
    bookmarks,
  }
}

/** The blocks of a body or a cell: its top-level paragraphs and tables, nested tables kept whole. */
function topLevelBlocks(xml: string): string[] {
  const out: string[] = []
  const re = /<w:tbl>|<\/w:tbl>|<w:p>|<w:p\/>|<\/w:p>/g
  let depth = 0
  let start = -1
  for (let m = re.exec(xml); m; m = re.exec(xml)) {
    const tag = m[0]
    if (tag === '<w:tbl>') {
      if (depth === 0) start = m.index
      depth++
    } else if (tag === '</w:tbl>') {
      depth--
      if (depth === 0) out.push(xml.slice(start, re.lastIndex))
    } else if (depth === 0) {
      if (tag === '<w:p/>') out.push(tag)
      else if (tag === '<w:p>') start = m.index
      else out.push(xml.slice(start, re.lastIndex))
    }
  }
  return out
}

/** The parts `<w:tag>…</w:tag>` of a table or row at its own level (not in a nested table). */
function ownParts(xml: string, tag: 'w:tr' | 'w:tc'): string[] {
  const out: string[] = []
  const re = new RegExp(`<w:tbl>|</w:tbl>|<${tag}>|</${tag}>`, 'g')
  let depth = 0
  let start = -1
  // The table's own <w:tbl> is the first match: its contents are depth 1.
  for (let m = re.exec(xml); m; m = re.exec(xml)) {
    if (m[0] === '<w:tbl>') depth++
    else if (m[0] === '</w:tbl>') depth--
    else if (depth === (tag === 'w:tr' ? 1 : 0)) {
      if (m[0].startsWith('</')) out.push(xml.slice(start, re.lastIndex))
      else start = m.index
    }
  }
  return out
}

/** The height of a cell's or a page's run of blocks, spacing between paragraphs collapsed as Word
 * does it: the larger of one's space after and the next one's space before, not both. */
function stackHeight(blocks: string[], width: number): { height: number; keepNext: boolean } {
  let height = 0
  let after = 0
  let keepNext = false
  for (const b of blocks) {
    if (b.startsWith('<w:tbl>')) {
      height += after + measureTable(b, width).rows.reduce((s, r) => s + r.height, 0)
      after = 0
      continue
    }
    const para = measureParagraph(b, width)
    height += Math.max(after, para.before) + para.lines * para.lineH
    after = para.after
    // Word keeps a row with the next when its paragraphs say so, by style or by themselves.
    if (para.keepNext) keepNext = true
  }
  return { height: height + after, keepNext }
}

function measureTable(xml: string, width: number): Table {
  const rows: Row[] = []
  for (const tr of ownParts(xml, 'w:tr')) {
    let height = 0
    let keepNext = false
    for (const tc of ownParts(tr, 'w:tc')) {
      if (tc.includes('<w:vMerge w:val="continue"/>')) continue
      const w = Number(attr(tc, /<w:tcW w:type="dxa" w:w="(\d+)"/) ?? width) - CELL_H
      const inner = tc.slice(tc.indexOf('</w:tcPr>') + '</w:tcPr>'.length)
      const stack = stackHeight(topLevelBlocks(inner), w)
      const h = stack.height
      if (stack.keepNext) keepNext = true
      height = Math.max(height, h)
    }
    const trPr = tr.slice(0, tr.indexOf('<w:tc>'))
    rows.push({
      height: height + CELL_V + ROW_RULE,
      header: trPr.includes('<w:tblHeader/>'),
      cantSplit: trPr.includes('<w:cantSplit/>'),
      keepNext,
    })
  }
  return { kind: 'tbl', rows }
}

/** A table whose rows all keep with the next (an initiative's fields) goes over as one. */
const keptTogether = (t: Table) => t.rows.length > 1 && t.rows.slice(0, -1).every((r) => r.keepNext)
const tableHeight = (t: Table) => t.rows.reduce((s, r) => s + r.height, 0)

/** The least of an item that must share a page with a heading kept with it: two lines, the first
 * rows up to one that does not keep with the next, or all of a table kept together. */
function firstPart(item: Item | undefined, pageHeight: number): number {
  if (!item) return 0
  if (item.kind === 'p') return item.before + item.lineH * Math.min(2, item.lines)
  if (keptTogether(item) && tableHeight(item) <= pageHeight) return tableHeight(item)
  // Rows that keep with the next (a header row, by its style) and the row they keep with.
  let h = 0
  for (const r of item.rows) {
    h += r.height
    if (!r.keepNext) break
  }
  return h
}

/**
 * The page, counted from 0 at the body's first page, on which each bookmarked heading (its
 * `_Toc` number) begins.
 */
export function estimatePages(blocks: string[], box: PageBox): Map<number, number> {
  // A block may carry markup around its paragraphs (a comment anchor): only those are laid out.
  const items: Item[] = blocks
    .flatMap((b) => (b.startsWith('<w:p') && b.endsWith('</w:p>') ? [b] : topLevelBlocks(b)))
    .map((b) => (b.startsWith('<w:tbl>') ? measureTable(b, box.width) : measureParagraph(b, box.width)))
  const pages = new Map<number, number>()
  const H = box.height
  let page = 0
  let y = 0
  // The space after the last paragraph placed: it and the next one's space before overlap.
  let after = 0
  const newPage = () => {
    page++
    y = 0
    after = 0
    flowed = true
  }
  // Space before is dropped at the top of a page text flows onto, but kept on the body's first
  // page (a new section), as Word and LibreOffice do.
  let flowed = false
  const gapBefore = (p: Para) => (y === 0 && flowed ? 0 : Math.max(after, p.before))
  for (let i = 0; i < items.length; i++) {
    const item = items[i]
    // A heading (or a chain of kept paragraphs) goes over with the start of what follows it.
    if (item.kind === 'p' && item.keepNext && y > 0) {
      let need = 0
      let last = after
      let j = i
      for (; j < items.length; j++) {
        const it = items[j]
        if (it.kind !== 'p' || !it.keepNext) break
        need += Math.max(last, it.before) + it.lines * it.lineH
        last = it.after
      }
      need += firstPart(items[j], H)
      if (y + need > H && need <= H) newPage()
    }
    if (item.kind === 'p') {
      const gap = gapBefore(item)
      const text = item.lines * item.lineH
      if (y + gap + text > H && y > 0) {
        const fit = Math.floor((H - y - gap) / item.lineH)
        // Widow and orphan control: two lines at least on each side, or the paragraph moves.
        if (item.keepLines || item.lines < 4 || fit < 2) newPage()
        else {
          for (const b of item.bookmarks) pages.set(b, page)
          let left = item.lines - Math.min(fit, item.lines - 2)
          newPage()
          while (left * item.lineH > H) {
            left -= Math.floor(H / item.lineH)
            newPage()
          }
          y = left * item.lineH
          after = item.after
          continue
        }
      }
      for (const b of item.bookmarks) pages.set(b, page)
      y += gapBefore(item) + text
      after = item.after
      continue
    }
    const total = tableHeight(item)
    if (keptTogether(item) && y > 0 && y + after + total > H && total <= H) newPage()
    y += after
    after = 0
    const header = item.rows.filter((r) => r.header).reduce((s, r) => s + r.height, 0)
    for (const r of item.rows) {
      if (y + r.height > H && y > 0) {
        newPage()
        if (!r.header) y += header
      }
      y += r.height
      while (y > H) {
        y -= H
        page++
      }
    }
  }
  return pages
}

/** How many pages the table of contents takes: its title, then one entry per heading. */
function contentsPages(entries: BodyRefs['toc'], box: PageBox): number {
  const title = measureParagraph(
    `<w:p><w:pPr><w:pStyle w:val="${STYLE.tocHeading}"/></w:pPr></w:p>`,
    box.width,
  )
  let y = title.lines * title.lineH
  let after = title.after
  let pages = 1
  for (const e of entries) {
    // The page number and its dot leader take the end of the line.
    const entry = measureParagraph(
      `<w:p><w:pPr><w:pStyle w:val="TOC${e.level}"/></w:pPr><w:r><w:t>${esc(e.title)}</w:t></w:r></w:p>`,
      box.width - 600,
    )
    const h = entry.lines * entry.lineH
    if (y + Math.max(after, entry.before) + h > box.height) {
      pages++
      y = 0
      after = 0
    }
    y += Math.max(after, entry.before) + h
    after = entry.after
  }
  return pages
}

/**
 * Gives each entry of the contents the page number its heading is estimated to fall on, counted as
 * the footer counts: the cover is page 1, the contents follow, the body starts on a page of its own.
 */
export function numberContents(refs: BodyRefs, body: string[], box: PageBox): void {
  if (refs.toc.length === 0) return
  const pages = estimatePages(body, box)
  const first = 1 + contentsPages(refs.toc, box) + 1
  for (const e of refs.toc) e.page = first + (pages.get(e.bookmark) ?? 0)
}
