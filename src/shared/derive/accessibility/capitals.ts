/**
 * A long passage in capitals: harder to read for everyone (no word shapes) and, with some screen
 * readers, spelled out or read as shouting. A short heading or an abbreviation (LAG, FLAG) is fine;
 * what is flagged is a paragraph-length run of text written with Caps Lock on.
 */
const MIN_WORDS = 8
const MIN_LETTERS = 40
const UPPER_SHARE = 0.9

export function isLongTextInCapitals(text: string): boolean {
  const words = text.split(/\s+/).filter((w) => /\p{L}/u.test(w))
  if (words.length < MIN_WORDS) return false
  let cased = 0
  let upper = 0
  for (const ch of text) {
    const lower = ch.toLocaleLowerCase('da')
    const up = ch.toLocaleUpperCase('da')
    if (lower === up) continue
    cased++
    if (ch === up) upper++
  }
  return cased >= MIN_LETTERS && upper / cased >= UPPER_SHARE
}
