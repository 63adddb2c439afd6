import { isAllowedLink } from '../../../../../shared/document/linkPolicy'
import { convertWordLists, takeMarker } from './wordLists'

/**
 * Cleans HTML from Word and web pages before the editor parses it: keeps what a plan can hold
 * (headings, paragraphs, lists, tables, bold/italic/underline/strike, super- and subscript, links,
 * quotes) and drops the styling noise (mso- styles, Mso classes, <o:p>, fonts and colours, Word
 * comments and bookmarks), so a pasted section looks like the rest of the plan and exports with the
 * plan's own styles.
 */
export type CleanResult = { html: string; droppedImages: number }

const DROP = new Set([
  'STYLE',
  'SCRIPT',
  'META',
  'LINK',
  'TITLE',
  'XML',
  'HEAD',
  'NOSCRIPT',
  'TEMPLATE',
  'IFRAME',
  'OBJECT',
  'SVG',
  'BUTTON',
  'INPUT',
  'SELECT',
  'TEXTAREA',
  'FORM',
])
const KEEP = new Set([
  'P',
  'H1',
  'H2',
  'H3',
  'UL',
  'OL',
  'LI',
  'TABLE',
  'THEAD',
  'TBODY',
  'TFOOT',
  'TR',
  'TD',
  'TH',
  'STRONG',
  'EM',
  'U',
  'S',
  'SUP',
  'SUB',
  'A',
  'BR',
  'BLOCKQUOTE',
  'HR',
  'IMG',
])
const RENAME: Record<string, string> = {
  B: 'strong',
  I: 'em',
  STRIKE: 's',
  DEL: 's',
  H4: 'h3',
  H5: 'h3',
  H6: 'h3',
  CAPTION: 'p',
}
const KEEP_ATTRS: Record<string, string[]> = {
  A: ['href'],
  TD: ['colspan', 'rowspan'],
  TH: ['colspan', 'rowspan'],
  OL: ['start'],
  IMG: ['src', 'alt'],
}
const CELL = new Set(['TD', 'TH'])

export function cleanPastedHtml(input: string): CleanResult {
  const doc = new DOMParser().parseFromString(input, 'text/html')
  const body = doc.body
  let droppedImages = 0

  removeComments(body, doc)
  body.querySelectorAll('[style*="mso-element"]').forEach((el) => {
    // Word's comment list, footnote separators and the like: annotations, not plan text.
    if (/mso-element:\s*(comment|footnote|endnote)/i.test(el.getAttribute('style') ?? '')) el.remove()
  })
  body.querySelectorAll('a').forEach((a) => {
    const href = a.getAttribute('href') ?? ''
    const style = a.getAttribute('style') ?? ''
    if (/^#_msocom_|^#_ftn|^#_edn/.test(href) || /mso-comment-reference/i.test(style)) a.remove()
  })
  body.querySelectorAll('span').forEach((s) => {
    if (/^MsoCommentReference$/i.test(s.className)) s.remove()
  })
  promoteWordHeadings(body, doc)
  convertWordLists(body, doc)
  // Numbered headings keep Word's literal "1." marker span; the plan numbers nothing by hand.
  body.querySelectorAll('h1,h2,h3,h4,h5,h6').forEach((h) => void takeMarker(h))

  droppedImages = walk(body, doc)
  markHeaderRows(body, doc)
  removeEmptyParagraphs(body)
  return { html: body.innerHTML.trim(), droppedImages }
}

function removeComments(root: Node, doc: Document): void {
  const it = doc.createTreeWalker(root, 128 /* NodeFilter.SHOW_COMMENT */)
  const found: Node[] = []
  while (it.nextNode()) found.push(it.currentNode)
  found.forEach((c) => c.parentNode?.removeChild(c))
}

/** Word writes some headings as <p class="MsoHeading2"> or "MsoTitle" rather than <h2>. */
function promoteWordHeadings(body: HTMLElement, doc: Document): void {
  body.querySelectorAll('p[class]').forEach((p) => {
    const cls = p.getAttribute('class') ?? ''
    const m = /\bMsoHeading([1-6])\b/i.exec(cls)
    const level = m
      ? Math.min(3, Number(m[1]))
      : /\bMsoTitle\b/i.test(cls)
        ? 1
        : /\bMsoSubtitle\b/i.test(cls)
          ? 2
          : 0
    if (!level) return
    const h = doc.createElement(`h${level}`)
    h.append(...Array.from(p.childNodes))
    p.replaceWith(h)
  })
}

/** Returns the number of images dropped (only the plan's own asset: images survive a paste). */
function walk(parent: Element, doc: Document): number {
  let dropped = 0
  for (const child of Array.from(parent.childNodes)) {
    if (child.nodeType === 3) continue
    if (child.nodeType !== 1) {
      child.remove()
      continue
    }
    const el = child as HTMLElement
    const tag = el.tagName.toUpperCase()
    // Namespaced Office drawing elements (v:shape, w:sdt...) are noise; <o:p> and smart tags are unwrapped below.
    if (DROP.has(tag) || tag.startsWith('V:') || tag.startsWith('W:')) {
      el.remove()
      continue
    }
    if (tag === 'IMG') {
      if (!/^asset:/.test(el.getAttribute('src') ?? '')) {
        el.remove()
        dropped++
        continue
      }
    }
    dropped += walk(el, doc)
    const styled = styleMarks(el, doc)
    const target = RENAME[tag] ? rename(styled, RENAME[tag], doc) : styled
    const finalTag = target.tagName.toUpperCase()
    if (tag === 'B' && /(^|;)\s*font-weight:\s*(normal|400)/i.test(el.getAttribute('style') ?? '')) {
      // Google Docs wraps the whole paste in <b style="font-weight:normal">: not bold at all.
      unwrap(target)
      continue
    }
    if (!KEEP.has(finalTag)) {
      unwrap(target)
      continue
    }
    if (finalTag === 'A' && !isAllowedLink(target.getAttribute('href') ?? '')) {
      unwrap(target)
      continue
    }
    const keep = KEEP_ATTRS[finalTag] ?? []
    for (const attr of Array.from(target.attributes))
      if (!keep.includes(attr.name.toLowerCase())) target.removeAttribute(attr.name)
  }
  return dropped
}

/** Web pages (and Google Docs) show bold and italic through inline styles on spans. */
function styleMarks(el: HTMLElement, doc: Document): HTMLElement {
  if (el.tagName.toUpperCase() !== 'SPAN') return el
  const style = el.getAttribute('style') ?? ''
  const wrappers: string[] = []
  if (/(^|;)\s*font-weight:\s*(bold|[6-9]00)/i.test(style)) wrappers.push('strong')
  if (/(^|;)\s*font-style:\s*italic/i.test(style)) wrappers.push('em')
  if (/(^|;)\s*text-decoration[^;]*underline/i.test(style)) wrappers.push('u')
  if (/(^|;)\s*text-decoration[^;]*line-through/i.test(style)) wrappers.push('s')
  if (/(^|;)\s*vertical-align:\s*super/i.test(style)) wrappers.push('sup')
  else if (/(^|;)\s*vertical-align:\s*sub/i.test(style)) wrappers.push('sub')
  let inner: HTMLElement = el
  for (const w of wrappers) {
    const mark = doc.createElement(w)
    mark.append(...Array.from(inner.childNodes))
    inner.append(mark)
    inner = mark
  }
  return el
}

function rename(el: HTMLElement, tag: string, doc: Document): HTMLElement {
  const next = doc.createElement(tag)
  for (const attr of Array.from(el.attributes)) next.setAttribute(attr.name, attr.value)
  next.append(...Array.from(el.childNodes))
  el.replaceWith(next)
  return next
}

function unwrap(el: Element): void {
  el.replaceWith(...Array.from(el.childNodes))
}

/** A first row that is entirely bold (Word's usual way of drawing a header) becomes a header row:
 * the accessible Word export needs real header cells. */
function markHeaderRows(body: HTMLElement, doc: Document): void {
  body.querySelectorAll('table').forEach((table) => {
    const first = table.querySelector('tr')
    if (!first || first.querySelector('th')) return
    const cells = Array.from(first.children).filter((c) => CELL.has(c.tagName.toUpperCase()))
    const allBold =
      cells.length > 0 &&
      cells.every((c) => {
        const text = (c.textContent ?? '').trim()
        const bold = Array.from(c.querySelectorAll('strong'))
          .map((s) => s.textContent ?? '')
          .join('')
          .trim()
        return text.length > 0 && bold.replace(/\s+/g, '') === text.replace(/\s+/g, '')
      })
    if (!allBold) return
    cells.forEach((c) => rename(c as HTMLElement, 'th', doc))
  })
}

/** Word ends most pastes with empty <p>&nbsp;</p> spacers; a plan uses real spacing instead. */
function removeEmptyParagraphs(body: HTMLElement): void {
  body.querySelectorAll('p').forEach((p) => {
    if (p.parentElement && CELL.has(p.parentElement.tagName.toUpperCase())) return
    if (!(p.textContent ?? '').replace(/\u00a0/g, '').trim() && !p.querySelector('img')) p.remove()
  })
}
