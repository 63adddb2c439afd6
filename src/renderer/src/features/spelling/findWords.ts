/** A word found in a run of text: offsets into that text, and the form the checker is asked about. */
export type FoundWord = { from: number; to: number; word: string }

// A word starts with a letter and may hold apostrophes, hyphens and full stops between letters
// (e-mail, don't, bl.a); a full stop right after it is taken along for abbreviations (f.eks., osv.),
// and the checker tries the word without it when that is not one. Letters glued to digits (3D, P4)
// are not words to check.
const WORD = /(?<![\p{L}\p{M}\p{N}_])\p{L}[\p{L}\p{M}]*(?:['\u2019.-][\p{L}\p{M}]+)*(?![\p{N}_])\.?/gu
// Web and mail addresses typed as plain text are not words either.
const ADDRESS = /\b(?:https?:\/\/|www\.)\S+|[^\s@]+@[^\s@]+\.[^\s@]+/giu

/** An acronym (LAG, FGU, DGI) or a single letter: left alone, as Word does by default. */
function isSkipped(word: string): boolean {
  const letters = word.replace(/[^\p{L}]/gu, '')
  if (letters.length < 2) return true
  return letters === letters.toUpperCase() && letters !== letters.toLowerCase()
}

/** The words in `text` worth checking. `from`/`to` cover the word without a trailing full stop,
 * which is what gets underlined; `word` keeps that full stop when there is one. */
export function findWords(text: string): FoundWord[] {
  const skip: [number, number][] = []
  for (const m of text.matchAll(ADDRESS)) skip.push([m.index, m.index + m[0].length])
  const words: FoundWord[] = []
  for (const m of text.matchAll(WORD)) {
    const from = m.index
    const raw = m[0]
    if (skip.some(([a, b]) => from < b && from + raw.length > a)) continue
    if (isSkipped(raw)) continue
    const to = raw.endsWith('.') ? from + raw.length - 1 : from + raw.length
    words.push({ from, to, word: raw.replace(/\u2019/g, "'") })
  }
  return words
}
