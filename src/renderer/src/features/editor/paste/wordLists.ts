/**
 * Word does not put real lists on the clipboard: it writes one <p class="MsoListParagraph…"> per item
 * with `mso-list: l0 level2 lfo1` in its style and the bullet or number as literal text inside a
 * span marked `mso-list:Ignore`. This turns each run of such paragraphs into nested <ul>/<ol>.
 */
const MSO_LIST = /mso-list:\s*l(\d+)\s+level(\d+)\s+lfo(\d+)/i
const ORDERED_MARKER = /^\(?([0-9]{1,3}|[a-zA-Z]|[ivxlcdmIVXLCDM]{1,6})[.)]$/

type ListInfo = { list: string; level: number; ordered: boolean }

function listInfo(el: Element): ListInfo | null {
  if (el.tagName !== 'P') return null
  const m = MSO_LIST.exec(el.getAttribute('style') ?? '')
  if (!m) return null
  const marker = takeMarker(el)
  return { list: `${m[1]}-${m[3]}`, level: Math.max(1, Number(m[2])), ordered: ORDERED_MARKER.test(marker) }
}

/** Removes Word's literal bullet/number and returns its text. */
export function takeMarker(el: Element): string {
  const ignore = Array.from(el.querySelectorAll('span')).find((s) =>
    /mso-list:\s*ignore/i.test(s.getAttribute('style') ?? ''),
  )
  if (!ignore) return ''
  const text = (ignore.textContent ?? '').replace(/\u00a0/g, ' ').trim()
  ignore.remove()
  return text
}

type Open = { level: number; list: HTMLElement; lastItem: HTMLElement | null }

function isBlankText(n: Node): boolean {
  return n.nodeType === 3 && !(n.textContent ?? '').trim()
}

/** Rewrites every run of Word list paragraphs under `root` into real, nested lists. */
export function convertWordLists(root: ParentNode, doc: Document): void {
  const paragraphs = Array.from(root.querySelectorAll('p')).filter((p) =>
    MSO_LIST.test(p.getAttribute('style') ?? ''),
  )
  const done = new Set<Element>()
  for (const first of paragraphs) {
    if (done.has(first)) continue
    // Collect the run of adjacent list paragraphs (whitespace and comments between them don't break it).
    const run: Element[] = []
    let n: Node | null = first
    while (n) {
      if (
        n.nodeType === 1 &&
        MSO_LIST.test((n as Element).getAttribute('style') ?? '') &&
        (n as Element).tagName === 'P'
      ) {
        run.push(n as Element)
      } else if (!(isBlankText(n) || n.nodeType === 8)) break
      n = n.nextSibling
    }
    run.forEach((p) => done.add(p))
    first.before(buildLists(run, doc))
    run.forEach((p) => p.remove())
  }
}

function buildLists(run: Element[], doc: Document): DocumentFragment {
  const out = doc.createDocumentFragment()
  const stack: Open[] = []
  let topList = ''
  for (const p of run) {
    const info = listInfo(p)
    if (!info) continue
    // A different Word list at the outer level is a new list, not a continuation.
    if (info.level === 1 && stack.length && topList !== info.list) stack.length = 0
    while (stack.length && stack[stack.length - 1].level > info.level) stack.pop()
    let top = stack[stack.length - 1]
    if (!top || top.level < info.level) {
      const list = doc.createElement(info.ordered ? 'ol' : 'ul')
      if (top?.lastItem) top.lastItem.append(list)
      else out.append(list)
      if (!stack.length) topList = info.list
      top = { level: info.level, list, lastItem: null }
      stack.push(top)
    }
    const li = doc.createElement('li')
    const para = doc.createElement('p')
    para.append(...Array.from(p.childNodes))
    li.append(para)
    top.list.append(li)
    top.lastItem = li
  }
  return out
}
