const NAMED: Record<string, string> = { lt: '<', gt: '>', quot: '"', apos: "'", amp: '&' }

/** One reference at a known '&': bounded alternatives, so each '&' costs a few characters at most. */
const REF = /&(?:#x([0-9a-fA-F]{1,6})|#([0-9]{1,7})|(lt|gt|quot|apos|amp));/y

/** A character XML allows in a document (XML 1.0 §2.2): no NUL, no lone surrogates, no U+FFFE/FFFF. */
export function isXmlChar(code: number): boolean {
  return (
    code === 0x9 ||
    code === 0xa ||
    code === 0xd ||
    (code >= 0x20 && code <= 0xd7ff) ||
    (code >= 0xe000 && code <= 0xfffd) ||
    (code >= 0x10000 && code <= 0x10ffff)
  )
}

/**
 * The app's one XML entity decoder, for Word parts, comments and the HTML mammoth writes: the five
 * named entities and numeric references (`&#8211;`, `&#x2013;`), which Word and LibreOffice both
 * write. One pass, so `&amp;lt;` stays the text `&lt;`. A reference that is not one of these, or
 * names a character XML does not allow, is left as written; `onBad` (the well-formedness check)
 * hears of it instead. Linear: it walks from '&' to '&' and never rescans.
 */
export function decodeXmlEntities(s: string, onBad?: (at: number) => void): string {
  let amp = s.indexOf('&')
  if (amp < 0) return s
  let out = ''
  let from = 0
  while (amp >= 0) {
    REF.lastIndex = amp
    const m = REF.exec(s)
    let decoded: string | null = null
    if (m) {
      if (m[3]) decoded = NAMED[m[3]]
      else {
        const code = m[1] !== undefined ? parseInt(m[1], 16) : parseInt(m[2], 10)
        if (isXmlChar(code)) decoded = String.fromCodePoint(code)
      }
    }
    if (decoded === null) {
      onBad?.(amp)
      amp = s.indexOf('&', amp + 1)
      continue
    }
    out += s.slice(from, amp) + decoded
    from = amp + m![0].length
    amp = s.indexOf('&', from)
  }
  return out + s.slice(from)
}
