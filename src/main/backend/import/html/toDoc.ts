import type { ReportCollector } from '../report'
import type { HtmlElement, HtmlNode } from './htmlTree'
import { convertInline, isBlank, type ImportedNode } from './inline'
import { textWithCellTabs } from '../exportShapes'
import { MAX_CAPTION } from '../../../../shared/document/image/imageLayout'

const HEADING = /^h([1-6])$/
const BLOCK_TAGS = new Set(['p', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'ul', 'ol', 'table', 'blockquote', 'hr'])

export type Converted = { blocks: ImportedNode[]; footnotes: ImportedNode[] }

/**
 * Mammoth's HTML as blocks of the plan schema. Headings below level 3 become level 3 (the plan has
 * three), tables keep their header rows and spans, lists keep their nesting. Footnote bodies are
 * taken out of the flow and returned apart, so the caller can place them under one heading.
 */
export function htmlToBlocks(root: HtmlElement, report: ReportCollector): Converted {
  const footnotes: ImportedNode[] = []
  const blocks = convertBlocks(root.children)
  return { blocks, footnotes }

  function convertBlocks(nodes: HtmlNode[]): ImportedNode[] {
    const out: ImportedNode[] = []
    let loose: HtmlNode[] = []
    const flushLoose = () => {
      if (loose.length) out.push(...paragraph(loose))
      loose = []
    }
    for (const n of nodes) {
      if (n.kind === 'el' && BLOCK_TAGS.has(n.tag)) {
        flushLoose()
        out.push(...block(n))
      } else if (n.kind === 'el' && (n.tag === 'div' || n.tag === 'thead' || n.tag === 'tbody')) {
        flushLoose()
        out.push(...convertBlocks(n.children))
      } else loose.push(n)
    }
    flushLoose()
    return captionsUnderImages(joinListContinuations(out))
  }

  function block(el: HtmlElement): ImportedNode[] {
    const h = HEADING.exec(el.tag)
    if (h) {
      const { inline, images } = convertInline(el.children, report)
      if (isBlank(inline)) return images
      return [{ type: 'heading', attrs: { level: Math.min(3, Number(h[1])) }, content: inline }, ...images]
    }
    switch (el.tag) {
      case 'p':
        return paragraph(el.children, el.attrs.class)
      case 'hr':
        return [{ type: 'horizontalRule' }]
      case 'ul':
      case 'ol':
        return list(el)
      case 'table':
        return table(el)
      case 'blockquote': {
        const inner = convertBlocks(el.children).filter((b) => b.type !== 'image')
        return inner.length ? [{ type: 'blockquote', content: inner }] : []
      }
      default:
        return []
    }
  }

  function paragraph(children: HtmlNode[], role?: string): ImportedNode[] {
    if (role === 'rule') return [{ type: 'horizontalRule' }]
    const { inline, images } = convertInline(children, report)
    const out: ImportedNode[] = []
    if (!isBlank(inline))
      out.push(role ? { type: 'paragraph', content: inline, role } : { type: 'paragraph', content: inline })
    return [...out, ...images]
  }

  function list(el: HtmlElement): ImportedNode[] {
    const items = el.children.filter((c): c is HtmlElement => c.kind === 'el' && c.tag === 'li')
    if (items.length && items.every((li) => /^(footnote|endnote)-/.test(li.attrs.id ?? ''))) {
      for (const li of items) footnotes.push(listItem(li, true))
      return []
    }
    const content = items.map((li) => listItem(li, false))
    if (!content.length) return []
    return [{ type: el.tag === 'ol' ? 'orderedList' : 'bulletList', content }]
  }

  function listItem(li: HtmlElement, note: boolean): ImportedNode {
    const children = note ? li.children.map(stripBackLinks) : li.children
    // Images cannot sit in a list item in the plan schema: they follow the list's paragraph text.
    const inner = convertBlocks(children).filter((b) => b.type !== 'image' && b.type !== 'table')
    if (inner[0]?.type !== 'paragraph') inner.unshift({ type: 'paragraph' })
    return { type: 'listItem', content: inner }
  }

  function table(el: HtmlElement): ImportedNode[] {
    const rows: ImportedNode[] = []
    const collect = (nodes: HtmlNode[]) => {
      for (const n of nodes) {
        if (n.kind !== 'el') continue
        if (n.tag === 'tr') rows.push(row(n))
        else if (n.tag === 'thead' || n.tag === 'tbody' || n.tag === 'tfoot') collect(n.children)
      }
    }
    collect(el.children)
    const kept = rows.filter((r) => r.content?.length)
    // Some writers mark every row as a heading row; only the first can be one then.
    const allHead = kept.every((r) => r.content?.every((c) => c.type === 'tableHeader'))
    if (allHead) for (const r of kept.slice(1)) for (const c of r.content ?? []) c.type = 'tableCell'
    // LibreOffice marks a header row only by its cells' "Table Heading" paragraphs.
    const first = kept[0]?.content ?? []
    const styledHead =
      kept.length > 1 &&
      !kept.some((r) => r.content?.some((c) => c.type === 'tableHeader')) &&
      first.every((c) => c.content?.some((b) => b.role === 'tablehead'))
    if (styledHead) for (const c of first) c.type = 'tableHeader'
    return kept.length ? [{ type: 'table', content: kept }] : []
  }

  function row(tr: HtmlElement): ImportedNode {
    const cells = tr.children.filter(
      (c): c is HtmlElement => c.kind === 'el' && (c.tag === 'td' || c.tag === 'th'),
    )
    return {
      type: 'tableRow',
      content: cells.map((c) => {
        const inner = convertBlocks(c.children).filter((b) => b.type !== 'horizontalRule')
        return {
          type: c.tag === 'th' ? 'tableHeader' : 'tableCell',
          attrs: { colspan: span(c.attrs.colspan), rowspan: span(c.attrs.rowspan), colwidth: null },
          content: inner.length ? inner : [{ type: 'paragraph' }],
        }
      }),
    }
  }
}

const CONTINUES = /^listcontinue(\d)$/
const isList = (b: ImportedNode | undefined) => b?.type === 'bulletList' || b?.type === 'orderedList'

/**
 * A list item's second paragraph (Word's List Continue style, our export's too) goes back into the
 * item it continues, at its level: mammoth writes it after the list, which splits the list in two.
 * The list that follows it, of the same kind, is the same list going on, and is joined to it.
 */
function joinListContinuations(blocks: ImportedNode[]): ImportedNode[] {
  const out: ImportedNode[] = []
  let open: ImportedNode | null = null
  for (const b of blocks) {
    const level = b.type === 'paragraph' ? CONTINUES.exec(b.role ?? '') : null
    const last = out[out.length - 1]
    if (level && isList(last)) {
      open = last
      const { role: _role, ...paragraph } = b
      lastItemAt(last, Number(level[1])).content?.push(paragraph)
      continue
    }
    if (open && last === open && b.type === open.type) {
      open.content = [...(open.content ?? []), ...(b.content ?? [])]
      continue
    }
    open = null
    if (level) {
      const { role: _role, ...paragraph } = b
      out.push(paragraph)
    } else out.push(b)
  }
  return out
}

/** The last item of a list, going down into its last item's own list up to `level` times. */
function lastItemAt(list: ImportedNode, level: number): ImportedNode {
  let item = list.content![list.content!.length - 1]
  for (let l = 0; l < level; l++) {
    const inner = item.content?.[item.content.length - 1]
    if (!isList(inner) || !inner?.content?.length) break
    item = inner.content[inner.content.length - 1]
  }
  return item
}

/** A caption paragraph right under a picture is that picture's caption (the export writes it so). */
function captionsUnderImages(blocks: ImportedNode[]): ImportedNode[] {
  const out: ImportedNode[] = []
  for (const b of blocks) {
    const last = out[out.length - 1]
    if (b.role === 'caption' && last?.type === 'image' && last.attrs?.caption === undefined) {
      const caption = textWithCellTabs(b).replace(/\s+/g, ' ').trim().slice(0, MAX_CAPTION)
      if (caption) {
        last.attrs = { ...last.attrs, caption }
        continue
      }
    }
    out.push(b)
  }
  return out
}

function span(v: string | undefined): number {
  const n = Number(v)
  return Number.isInteger(n) && n > 0 && n < 100 ? n : 1
}

/** Mammoth ends each footnote with a "↑" link back to its marker; in the plan it is noise. */
function stripBackLinks(n: HtmlNode): HtmlNode {
  if (n.kind !== 'el') return n
  const children = n.children
    .filter(
      (c) => !(c.kind === 'el' && c.tag === 'a' && /^#(footnote|endnote)-ref-/.test(c.attrs.href ?? '')),
    )
    .map(stripBackLinks)
  return { ...n, children }
}
