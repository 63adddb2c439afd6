/**
 * Characters XML 1.0 has no place for: C0 controls other than tab, line feed and carriage return,
 * the noncharacters U+FFFE and U+FFFF, and a surrogate half without its partner (a broken emoji
 * from a paste). One definition, shared by the Word export (a .docx with any of them is "corrupt"
 * to Word) and suggested file names, so the two can never disagree about what is unwritable.
 */
const XML_ILLEGAL =
  // eslint-disable-next-line no-control-regex -- control characters are exactly what XML forbids
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/
const XML_ILLEGAL_ALL = new RegExp(XML_ILLEGAL.source, 'g')

/** `text` without the characters XML cannot hold; most text has none, so it is tested first. */
export function xmlSafeText(text: string): string {
  return XML_ILLEGAL.test(text) ? text.replace(XML_ILLEGAL_ALL, '') : text
}
