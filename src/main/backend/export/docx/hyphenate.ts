import { breakablePieces, measureText, textWidth } from './textMetrics'
import { esc } from './xml'

export const SOFT_HYPHEN = '\u00ad'
const VOWEL = /[aeiouyæøåäöüéèáàâêîôû]/i
const LETTER = /\p{L}/u
/** Letters kept together at each end of a word: "Er-" or "-et" alone would read badly. */
const EDGE = 3

/** Consonant pairs a Danish syllable may begin with ("Er-hvervs", "frem-me"). Not s + consonant:
 * an s before a consonant is most often the joint of a compound ("distrikts-puljen"). */
const ONSETS = new Set([
  'bl',
  'br',
  'dr',
  'fl',
  'fr',
  'gl',
  'gr',
  'hv',
  'hj',
  'kl',
  'kr',
  'kv',
  'pl',
  'pr',
  'tr',
  'tv',
])

/**
 * Places where a long Danish word may be divided, by the syllable rule of thumb: between two
 * vowels, the consonants go to the syllable before except the last one, or the last two or three
 * where Danish words can begin so ("Er-hvervs-frem-me-bes-ty-rel-sen"). Not a dictionary, so now
 * and then a break falls where a typesetter would not put it; it is only used where the
 * alternative is Word breaking the word at whatever letter reaches the cell's edge.
 */
export function syllableBreaks(word: string): number[] {
  const out: number[] = []
  const isVowel = (i: number) => VOWEL.test(word[i] ?? '')
  const isConsonant = (i: number) => LETTER.test(word[i] ?? '') && !isVowel(i)
  let i = 0
  while (i < word.length) {
    if (!isVowel(i) || !isConsonant(i + 1)) {
      i++
      continue
    }
    let end = i + 1
    while (isConsonant(end)) end++
    if (isVowel(end)) {
      const run = word.slice(i + 1, end).toLowerCase()
      let onset = 1
      if (run.length >= 2 && ONSETS.has(run.slice(-2))) onset = 2
      const at = end - onset
      if (at >= EDGE && at <= word.length - EDGE) out.push(at)
    }
    i = end
  }
  return out
}

/**
 * `text` with soft hyphens in the words that are wider than `width` twips (a table column's room),
 * so Word divides them at a syllable with a hyphen instead of at the letter that meets the edge.
 * Words that fit are left exactly as they are.
 */
export function hyphenateToFit(text: string, width: number, sizePt: number, bold = false): string {
  if (measureText(text, sizePt, bold).longest <= width) return text
  let out = ''
  for (const piece of breakablePieces(text)) {
    const word = piece.trimEnd()
    if (textWidth(word, sizePt, bold) <= width) {
      out += piece
      continue
    }
    let from = 0
    for (const at of syllableBreaks(word)) {
      out += word.slice(from, at) + SOFT_HYPHEN
      from = at
    }
    out += piece.slice(from)
  }
  return out
}

/** A run whose soft hyphens are written as Word writes its own optional hyphens (w:softHyphen). */
export function runWithSoftHyphens(text: string, rPr = ''): string {
  const parts = text.split(SOFT_HYPHEN).map((p) => `<w:t xml:space="preserve">${esc(p)}</w:t>`)
  return `<w:r>${rPr}${parts.join('<w:softHyphen/>')}</w:r>`
}
