/**
 * A long passage in capitals: harder to read for everyone (no word shapes) and, with some screen
 * readers, spelled out or read as shouting. A short heading or an abbreviation (LAG, FLAG) is fine;
 * what is flagged is a paragraph-length run of text written with Caps Lock on.
 */
const MIN_WORDS = 8
const MIN_LETTERS = 40
const UPPER_SHARE = 0.9

const UPPER = /\p{Lu}/gu
const LOWER = /\p{Ll}/gu
const WORD = /\S*\p{L}\S*/gu

// Run on every paragraph of a 300-page plan after each pause in typing: the common case (ordinary
// text) must be decided by a couple of native regex scans, never a case mapping per letter.
export function isLongTextInCapitals(text: string): boolean {
  if (text.length < MIN_LETTERS) return false
  const upper = text.match(UPPER)?.length ?? 0
  if (upper < MIN_LETTERS * UPPER_SHARE) return false
  const lower = text.match(LOWER)?.length ?? 0
  const cased = upper + lower
  if (cased < MIN_LETTERS || upper / cased < UPPER_SHARE) return false
  return (text.match(WORD)?.length ?? 0) >= MIN_WORDS
}
