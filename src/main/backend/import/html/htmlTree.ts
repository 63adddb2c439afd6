import { decodeXmlEntities } from '../../xml/entities'
export type HtmlText = { kind: 'text'; text: string }
export type HtmlElement = { kind: 'el'; tag: string; attrs: Record<string, string>; children: HtmlNode[] }
export type HtmlNode = HtmlText | HtmlElement

const VOID = new Set(['br', 'img', 'hr'])
const TOKEN =
  /<(\/?)([a-zA-Z][a-zA-Z0-9]*)((?:\s+[a-zA-Z_:][-a-zA-Z0-9_:.]*(?:="[^"]*")?)*)\s*(\/?)>|([^<]+)|</g
const ATTR = /([a-zA-Z_:][-a-zA-Z0-9_:.]*)(?:="([^"]*)")?/g

/**
 * Parses the HTML mammoth writes into a small tree. Mammoth's output is machine-written and
 * regular (quoted attributes, escaped text, balanced tags), so a tokenizer does the job of a
 * browser DOM without bundling one into the main process, and fast enough for a 300-page plan.
 */
export function parseHtml(html: string): HtmlElement {
  const root: HtmlElement = { kind: 'el', tag: '#root', attrs: {}, children: [] }
  const stack: HtmlElement[] = [root]
  TOKEN.lastIndex = 0
  for (let m = TOKEN.exec(html); m; m = TOKEN.exec(html)) {
    const top = stack[stack.length - 1]
    if (m[5] !== undefined || m[2] === undefined) {
      top.children.push({ kind: 'text', text: decodeEntities(m[5] ?? '<') })
      continue
    }
    const tag = m[2].toLowerCase()
    if (m[1]) {
      // Close the nearest open element of that name; a stray end tag is ignored.
      const at = stack.map((e) => e.tag).lastIndexOf(tag)
      if (at > 0) stack.length = at
      continue
    }
    const el: HtmlElement = { kind: 'el', tag, attrs: parseAttrs(m[3]), children: [] }
    top.children.push(el)
    if (!m[4] && !VOID.has(tag)) stack.push(el)
  }
  return root
}

function parseAttrs(src: string): Record<string, string> {
  const attrs: Record<string, string> = {}
  ATTR.lastIndex = 0
  for (let m = ATTR.exec(src); m; m = ATTR.exec(src)) attrs[m[1].toLowerCase()] = decodeEntities(m[2] ?? '')
  return attrs
}

/** mammoth escapes only &, <, > and " in what it writes; the app's one decoder reads them back. */
const decodeEntities = (s: string) => decodeXmlEntities(s)

export function textOf(node: HtmlNode): string {
  return node.kind === 'text' ? node.text : node.children.map(textOf).join('')
}
