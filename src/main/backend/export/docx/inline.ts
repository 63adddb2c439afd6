import { isAllowedLink } from '../../../../shared/document/linkPolicy'
import { attrsOf, childrenOf, type JsonNode } from '../../../../shared/derive/docWalk'
import type { BodyRefs } from './context'
import { BREAK_RUN, esc, run, type RunProps } from './xml'

type Mark = { type?: unknown; attrs?: unknown }

function marksOf(node: JsonNode): Mark[] {
  const m = (node as { marks?: unknown }).marks
  return Array.isArray(m) ? (m.filter((x) => x && typeof x === 'object') as Mark[]) : []
}

function runStyle(marks: Mark[], extra: RunProps): RunProps {
  const style: RunProps = { ...extra }
  for (const m of marks) {
    if (m.type === 'bold') style.bold = true
    else if (m.type === 'italic') style.italics = true
    else if (m.type === 'underline') style.underline = true
    else if (m.type === 'strike') style.strike = true
    else if (m.type === 'superscript') style.vertAlign = 'superscript'
    else if (m.type === 'subscript') style.vertAlign = 'subscript'
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

/** One relationship per distinct link target. */
function linkRelId(refs: BodyRefs, href: string): string {
  let id = refs.links.get(href)
  if (!id) {
    id = `rIdLink${refs.links.size + 1}`
    refs.links.set(href, id)
  }
  return id
}

/**
 * The runs of a paragraph-like node, as XML: text with bold/italic/underline/strike and super- or
 * subscript, hard breaks, and links as real Word hyperlinks. Neighbouring text nodes with the same
 * link (a link with one bold word) become one hyperlink, so Word and screen readers see one link,
 * not three.
 * Empty string when the node has no text: the caller leaves such a paragraph out.
 */
export function inlineRuns(node: JsonNode, refs: BodyRefs, extra: RunProps = {}): string {
  let out = ''
  let linkHref: string | null = null
  let linkRuns = ''
  const flushLink = () => {
    if (linkHref && linkRuns) {
      out += `<w:hyperlink w:history="1" r:id="${esc(linkRelId(refs, linkHref))}">${linkRuns}</w:hyperlink>`
    }
    linkHref = null
    linkRuns = ''
  }
  for (const child of childrenOf(node)) {
    if (child.type === 'hardBreak') {
      flushLink()
      out += BREAK_RUN
      continue
    }
    if (child.type !== 'text' || typeof child.text !== 'string' || child.text === '') continue
    const marks = marksOf(child)
    const href = linkOf(marks)
    const style = runStyle(marks, extra)
    if (href) {
      if (href !== linkHref) flushLink()
      linkHref = href
      linkRuns += run(child.text, { ...style, style: 'Hyperlink' })
    } else {
      flushLink()
      out += run(child.text, style)
    }
  }
  flushLink()
  return out
}

/** A heading's text as its table-of-contents entry shows it: one line, tabs as spaces. */
export function headingLineText(node: JsonNode): string {
  let s = ''
  for (const child of childrenOf(node)) {
    if (child.type === 'hardBreak') s += ' '
    else if (child.type === 'text' && typeof child.text === 'string') s += child.text
  }
  return s.replace(/\t/g, ' ')
}
