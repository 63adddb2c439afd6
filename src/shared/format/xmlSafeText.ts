/**
 * Characters XML 1.0 has no place for: C0 controls other than tab, line feed and carriage return,
 * the noncharacters U+FFFE and U+FFFF, and a surrogate half without its partner (a broken emoji
 * from a paste). One definition, shared by the Word export (a .docx with any of them is "corrupt"
 * to Word) and suggested file names, so the two can never disagree about what is unwritable.
 */
export const XML_ILLEGAL =
  // eslint-disable-next-line no-control-regex -- control characters are exactly what XML forbids
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/
const XML_ILLEGAL_ALL = new RegExp(XML_ILLEGAL.source, 'g')

/** `text` without the characters XML cannot hold; most text has none, so it is tested first. */
export function xmlSafeText(text: string): string {
  return XML_ILLEGAL.test(text) ? text.replace(XML_ILLEGAL_ALL, '') : text
}

/** Every string in `value` (an object, array or string) made safe with xmlSafeText: for what is
 * handed whole to a library that writes XML (docx's core properties, cover, header). */
export function xmlSafeStrings<T>(value: T): T {
  if (typeof value === 'string') return xmlSafeText(value) as T
  if (Array.isArray(value)) return value.map(xmlSafeStrings) as T
  if (value && typeof value === 'object' && Object.getPrototypeOf(value) === Object.prototype) {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, xmlSafeStrings(v)])) as T
  }
  return value
}
