import { isAllowedLink } from '../../../../shared/document/linkPolicy'
import { planSchema } from '../../../../shared/document/extensions'
import type { ReportCollector } from '../report'
import { textOf, type HtmlNode } from './htmlTree'

export type JsonMark = { type: string; attrs?: Record<string, unknown> }
/**
 * A node as the importer builds it, with the types it gives it (docWalk's JsonNode is the other
 * side: a node read from disk, trusted in nothing).
 */
export type ImportedNode = {
  type: string
  attrs?: Record<string, unknown>
  content?: ImportedNode[]
  marks?: JsonMark[]
  text?: string
  /** The Word style class mammoth gave a paragraph; read by the recogniser, removed before saving. */
  role?: string
}

const MARK_OF: Record<string, string> = {
  strong: 'bold',
  b: 'bold',
  em: 'italic',
  i: 'italic',
  u: 'underline',
  s: 'strike',
  sup: 'superscript',
  sub: 'subscript',
}
/** Marks of which a text holds one at most: the innermost wins, as Word's one w:vertAlign does. */
const EXCLUSIVE: Record<string, string> = { superscript: 'subscript', subscript: 'superscript' }
// The schema's mark order; ProseMirror's check() refuses marks in another order.
const RANK: Record<string, number> = Object.fromEntries(Object.keys(planSchema().marks).map((m, i) => [m, i]))

export type InlineOut = { inline: ImportedNode[]; images: ImportedNode[] }

/**
 * Runs of text with their marks. Images met inside a paragraph are lifted out (the plan's images
 * are blocks); links that are not https/mailto lose their link, never their text.
 */
export function convertInline(nodes: HtmlNode[], report: ReportCollector, marks: JsonMark[] = []): InlineOut {
  const out: InlineOut = { inline: [], images: [] }
  walk(nodes, marks)
  return { inline: trimEnds(mergeTexts(out.inline)), images: out.images }

  function walk(list: HtmlNode[], active: JsonMark[]) {
    for (const n of list) {
      if (n.kind === 'text') {
        const text = n.text.replace(/[\r\n\t]+/g, ' ')
        if (text)
          out.inline.push(
            active.length ? { type: 'text', text, marks: sortMarks(active) } : { type: 'text', text },
          )
        continue
      }
      if (n.tag === 'br') {
        out.inline.push({ type: 'hardBreak' })
      } else if (n.tag === 'img') {
        const src = n.attrs.src ?? ''
        if (src.startsWith('asset:'))
          out.images.push({ type: 'image', attrs: { src, alt: n.attrs.alt ?? '' } })
      } else if (n.tag === 'a') {
        walk(n.children, withLink(n.attrs.href, active, textOf(n)))
      } else if (MARK_OF[n.tag]) {
        const type = MARK_OF[n.tag]
        const kept = active.filter((m) => m.type !== EXCLUSIVE[type])
        walk(n.children, kept.some((m) => m.type === type) ? kept : [...kept, { type }])
      } else {
        walk(n.children, active)
      }
    }
  }

  function withLink(href: string | undefined, active: JsonMark[], text: string): JsonMark[] {
    const without = active.filter((m) => m.type !== 'link')
    if (!href) return without
    // Word's own bookmarks (table of contents, footnote markers) point inside the file: no loss.
    if (href.startsWith('#')) return without
    if (!isAllowedLink(href)) {
      report.add('link', `${text.trim()} → ${href}`)
      return without
    }
    return [...without, { type: 'link', attrs: { href: href.trim() } }]
  }
}

function sortMarks(marks: JsonMark[]): JsonMark[] {
  return [...marks].sort((a, b) => (RANK[a.type] ?? 9) - (RANK[b.type] ?? 9))
}

function sameMarks(a?: JsonMark[], b?: JsonMark[]): boolean {
  return JSON.stringify(a ?? []) === JSON.stringify(b ?? [])
}

/** Word splits text into many runs; neighbours with the same marks become one text node. */
function mergeTexts(nodes: ImportedNode[]): ImportedNode[] {
  const out: ImportedNode[] = []
  for (const n of nodes) {
    const last = out[out.length - 1]
    if (n.type === 'text' && last?.type === 'text' && sameMarks(last.marks, n.marks)) {
      last.text = (last.text ?? '') + (n.text ?? '')
    } else out.push(n)
  }
  return out
}

/** True when a run list holds no visible text (Word's empty spacing paragraphs). */
export function isBlank(inline: ImportedNode[]): boolean {
  return inline.every((n) => n.type === 'text' && !n.text?.replace(/[\s\u00a0]/g, ''))
}

/** Word and LibreOffice leave spaces before a nested list or after the last word; they mean nothing. */
function trimEnds(nodes: ImportedNode[]): ImportedNode[] {
  const first = nodes[0]
  if (first?.type === 'text') first.text = first.text?.replace(/^[ \u00a0]+/, '')
  const last = nodes[nodes.length - 1]
  if (last?.type === 'text') last.text = last.text?.replace(/[ \u00a0]+$/, '')
  return nodes.filter((n) => n.type !== 'text' || n.text)
}
