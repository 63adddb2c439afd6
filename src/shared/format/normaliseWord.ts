/** One spelling of a word, the way the spell checker compares it and the personal word list keeps
 * it: composed letters (NFC, so an å typed as a + ring is the same å), no spaces around, and a
 * typographic apostrophe as the plain one. No zod here: the spelling worker imports it. */
export function normaliseWord(word: string): string {
  return word
    .normalize('NFC')
    .trim()
    .replace(/[\u2019\u02bc]/g, "'")
}
