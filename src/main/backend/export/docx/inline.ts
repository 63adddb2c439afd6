import { ExternalHyperlink, TextRun, type ParagraphChild } from 'docx'
import { isAllowedLink } from '../../../../shared/document/linkPolicy'
import { attrsOf, childrenOf, type JsonNode } from '../../../../shared/derive/docWalk'

type Mark = { type?: unknown; attrs?: unknown }
type RunStyle = { bold?: boolean; italics?: boolean; underline?: object; strike?: boolean }

function marksOf(node: JsonNode): Mark[] {
  const m = (node as { marks?: unknown }).marks
  return Array.isArray(m) ? (m.filter((x) => x && typeof x === 'object') as Mark[]) : []
}

function runStyle(marks: Mark[]): RunStyle {
  const style: RunStyle = {}
  for (const m of marks) {
    if (m.type === 'bold') style.bold = true
    else if (m.type === 'italic') style.italics = true
    else if (m.type === 'underline') style.underline = {}
    else if (m.type === 'strike') style.strike = true
  }
  return style
}

/** The link a text node carries, if it is one a plan may hold (https, mailto). */
function linkOf(marks: Mark[]): string | null {
  const link = marks.find((m) => m.type === 'link')
  if (!link) return null
  const href = attrsOf(link as JsonNode).href
  return isAllowedLink(href) ? href.trim() : null
}

/**
 * The runs of a paragraph-like node: text with bold/italic/underline/strike, hard breaks, and links
 * as real Word hyperlinks. Neighbouring text nodes with the same link (a link with one bold word)
 * become one hyperlink, so Word and screen readers see one link, not three.
 */
export function inlineRuns(node: JsonNode, extra: RunStyle = {}): ParagraphChild[] {
  const out: ParagraphChild[] = []
  let linkHref: string | null = null
  let linkRuns: TextRun[] = []
  const flushLink = () => {
    if (linkHref && linkRuns.length) out.push(new ExternalHyperlink({ link: linkHref, children: linkRuns }))
    linkHref = null
    linkRuns = []
  }
  for (const child of childrenOf(node)) {
    if (child.type === 'hardBreak') {
      flushLink()
      out.push(new TextRun({ break: 1 }))
      continue
    }
    if (child.type !== 'text' || typeof child.text !== 'string' || child.text === '') continue
    const marks = marksOf(child)
    const href = linkOf(marks)
    const style = { ...extra, ...runStyle(marks) }
    if (href) {
      if (href !== linkHref) flushLink()
      linkHref = href
      linkRuns.push(new TextRun({ text: child.text, style: 'Hyperlink', ...style }))
    } else {
      flushLink()
      out.push(new TextRun({ text: child.text, ...style }))
    }
  }
  flushLink()
  return out
}
