import { AppError } from '../../../shared/model/errors'
import { decodeXmlEntities } from './entities'

export type XmlAttrs = Record<string, string>

/** What a scan tells its reader, in document order. Text and attribute values arrive decoded. */
export type XmlHandler = {
  /** `parent` is the enclosing element's name ('' for the root). */
  open?(name: string, attrs: XmlAttrs, selfClosing: boolean, parent: string): void
  close?(name: string): void
  /** `parent` is the element the text sits in. */
  text?(text: string, parent: string): void
}

export type ScanOptions = {
  /** The part's name, for the log message. */
  part?: string
  /** Deeper than this is refused. Word nests a table in a table in a text box in a paragraph... */
  maxDepth?: number
}

/**
 * Word's deepest real nesting (tables in tables in text boxes) stays well under 100 levels; mammoth
 * and the plan schema recurse per level, so a 10,000-deep part would overflow their stacks.
 */
export const XML_MAX_DEPTH = 256

const WS = new Set([0x20, 0x09, 0x0a, 0x0d])
/** Characters that end a tag or attribute name. */
const NAME_END = new Set([0x20, 0x09, 0x0a, 0x0d, 0x2f /* / */, 0x3e /* > */, 0x3d /* = */])

/**
 * A small, strict XML tokenizer for the parts of a Word file: one forward pass, every search starts
 * where the last one ended (indexOf from the cursor, loops that only advance it), so its work is
 * linear in the input whatever the input is. It is also the well-formedness check: unbalanced or
 * unclosed tags, bad attributes, unknown entity references and text outside the root element are
 * "damaged"; a DOCTYPE is refused outright, since OOXML forbids DTDs (ECMA-376 Part 2, §8.1.4) and
 * a DTD is how external entities and "billion laughs" get in. Namespaces are left as prefixes, as
 * Word writes them (w:p, w:t): every reader here matches on those names.
 */
export function scanXml(xml: string, handler: XmlHandler = {}, opts: ScanOptions = {}): void {
  const part = opts.part ?? 'xml'
  const maxDepth = opts.maxDepth ?? XML_MAX_DEPTH
  const damaged = (why: string, at: number): never => {
    throw new AppError('invalid-file', `${part}: ${why} at ${at}`, { reason: 'damaged-xml' })
  }
  const decode = (s: string, base: number) =>
    decodeXmlEntities(s, (at) => damaged('unknown entity reference', base + at))

  const n = xml.length
  const stack: string[] = []
  let rootSeen = false
  let i = xml.charCodeAt(0) === 0xfeff ? 1 : 0

  while (i < n) {
    const lt = xml.indexOf('<', i)
    const end = lt < 0 ? n : lt
    if (end > i) {
      if (stack.length === 0) {
        for (let k = i; k < end; k++) if (!WS.has(xml.charCodeAt(k))) damaged('text outside the root', k)
      } else {
        // Decoded even with no reader listening: decoding is what checks the references.
        const text = decode(xml.slice(i, end), i)
        handler.text?.(text, stack[stack.length - 1])
      }
    }
    if (lt < 0) break
    const next = xml.charCodeAt(lt + 1)

    if (next === 0x3f /* ? */) {
      const close = xml.indexOf('?>', lt + 2)
      if (close < 0) damaged('unclosed processing instruction', lt)
      i = close + 2
    } else if (next === 0x21 /* ! */) {
      if (xml.startsWith('<!--', lt)) {
        const close = xml.indexOf('-->', lt + 4)
        if (close < 0) damaged('unclosed comment', lt)
        i = close + 3
      } else if (xml.startsWith('<![CDATA[', lt)) {
        if (stack.length === 0) damaged('CDATA outside the root', lt)
        const close = xml.indexOf(']]>', lt + 9)
        if (close < 0) damaged('unclosed CDATA', lt)
        handler.text?.(xml.slice(lt + 9, close), stack[stack.length - 1])
        i = close + 3
      } else if (xml.startsWith('<!DOCTYPE', lt)) {
        throw new AppError('unsafe-file', `${part}: a DOCTYPE (entities, DTD) at ${lt}`, {
          reason: 'xml-doctype',
        })
      } else damaged('unknown markup declaration', lt)
    } else if (next === 0x2f /* / */) {
      const gt = xml.indexOf('>', lt + 2)
      if (gt < 0) damaged('unclosed end tag', lt)
      let nameEnd = gt
      while (nameEnd > lt + 2 && WS.has(xml.charCodeAt(nameEnd - 1))) nameEnd--
      const name = xml.slice(lt + 2, nameEnd)
      const open = stack.pop()
      if (open !== name) damaged(`</${name}> closes <${open ?? 'nothing'}>`, lt)
      handler.close?.(name)
      i = gt + 1
    } else {
      i = openTag(lt)
    }
  }
  if (stack.length) damaged(`<${stack[stack.length - 1]}> is never closed`, n)
  if (!rootSeen) damaged('no root element', n)

  /** Reads `<name attr="v" ...>` or `.../>` from `lt`; returns where the tag ends. */
  function openTag(lt: number): number {
    let j = lt + 1
    while (j < n && !NAME_END.has(xml.charCodeAt(j)) && xml.charCodeAt(j) !== 0x3c) j++
    const name = xml.slice(lt + 1, j)
    if (!name) damaged('a tag without a name', lt)
    if (stack.length === 0 && rootSeen) damaged('a second root element', lt)
    const attrs: XmlAttrs = Object.create(null) as XmlAttrs
    for (;;) {
      const before = j
      while (j < n && WS.has(xml.charCodeAt(j))) j++
      if (j >= n) damaged(`<${name}> is cut off`, lt)
      const c = xml.charCodeAt(j)
      if (c === 0x3e /* > */ || (c === 0x2f && xml.charCodeAt(j + 1) === 0x3e)) {
        const selfClosing = c === 0x2f
        const parent = stack.length ? stack[stack.length - 1] : ''
        rootSeen = true
        if (!selfClosing) {
          if (stack.length >= maxDepth) {
            throw new AppError('unsafe-file', `${part}: nested deeper than ${maxDepth} at ${lt}`, {
              reason: 'too-deep',
            })
          }
          stack.push(name)
        }
        handler.open?.(name, attrs, selfClosing, parent)
        if (selfClosing) handler.close?.(name)
        return j + (selfClosing ? 2 : 1)
      }
      if (j === before) damaged(`<${name}> attributes run together`, j)
      const nameStart = j
      while (j < n && !NAME_END.has(xml.charCodeAt(j)) && xml.charCodeAt(j) !== 0x3c) j++
      const attr = xml.slice(nameStart, j)
      while (j < n && WS.has(xml.charCodeAt(j))) j++
      if (!attr || xml.charCodeAt(j) !== 0x3d /* = */) damaged(`<${name}> has a bad attribute`, j)
      j++
      while (j < n && WS.has(xml.charCodeAt(j))) j++
      const quote = xml.charCodeAt(j)
      if (quote !== 0x22 && quote !== 0x27) damaged(`<${name}> has an unquoted attribute`, j)
      const close = xml.indexOf(quote === 0x22 ? '"' : "'", j + 1)
      if (close < 0) damaged(`<${name}> has an unclosed attribute`, j)
      const raw = xml.slice(j + 1, close)
      if (raw.includes('<')) damaged(`<${name}> has '<' in an attribute`, j)
      if (attr in attrs) damaged(`<${name}> repeats ${attr}`, nameStart)
      attrs[attr] = decode(raw, j + 1)
      j = close + 1
    }
  }
}
