import { LATIN_ADVANCES, advanceUnits } from './textMetrics'

const SPACE = 0x20
const TAB = 0x09
const HYPHEN = 0x2d
const EN_DASH = 0x2013
const EM_DASH = 0x2014
const AMPERSAND = 0x26
/** A tab moves on to the next default stop; as wide as about four spaces in running text. */
const TAB_UNITS = 4 * 226

/**
 * Counts the lines a paragraph's text takes in a given width, breaking as Word does: at spaces
 * and after hyphens and dashes, a word wider than the line split where the line ends. Works in
 * the font's own units letter by letter, with nothing allocated: the body of a 300-page plan is a
 * few million letters.
 */
export class LineWrap {
  lines = 0
  /** Width of the line so far, to the end of its last word / with the spaces after it. */
  private ink = 0
  private all = 0
  private word = 0
  private readonly room: number

  /** `width` in twips, for text at `sizePt`. */
  constructor(width: number, sizePt: number) {
    this.room = Math.max(1, (width * 1000) / (sizePt * 20))
  }

  add(text: string, bold: boolean): void {
    this.addRange(text, 0, text.length, bold)
  }

  /** The text of `xml` from `from` to `to` as XML writes it: an escape (&amp;) counts as one letter. */
  addRange(xml: string, from: number, to: number, bold: boolean): void {
    const latin = bold ? LATIN_ADVANCES.bold : LATIN_ADVANCES.regular
    const room = this.room
    // The state in locals while the letters go by (this loop runs over every letter of the body).
    let { lines, ink, all, word } = this
    for (let i = from; i < to; i++) {
      const c = xml.charCodeAt(i)
      const space = c === SPACE || c === TAB
      if (!space) {
        if (c === AMPERSAND) {
          const semi = xml.indexOf(';', i)
          if (semi > i && semi - i <= 6) i = semi
        }
        word += c < 256 ? latin[c] : advanceUnits(c, bold)
        if (c !== HYPHEN && c !== EN_DASH && c !== EM_DASH) continue
      }
      // The end of a word: it goes on this line, or starts the next.
      if (word > 0) {
        if (ink > 0 && all + word > room) {
          lines++
          ink = all = 0
        }
        if (word > room) {
          lines += Math.floor(word / room)
          word %= room
        }
        all += word
        ink = all
        word = 0
      }
      if (space) all += c === TAB ? TAB_UNITS : latin[SPACE]
    }
    this.lines = lines
    this.ink = ink
    this.all = all
    this.word = word
  }

  /** Something as wide as `units` that cannot break (a picture): it ends a word of its own. */
  addBox(units: number): void {
    this.endWord()
    this.word = units
    this.endWord()
  }

  /** A line break in the text. */
  newLine(): void {
    this.endWord()
    this.lines++
    this.ink = this.all = 0
  }

  /** The lines the text took: at least one, an empty paragraph has its line too. */
  finish(): number {
    this.endWord()
    return this.lines + (this.ink > 0 || this.lines === 0 ? 1 : 0)
  }

  private endWord(): void {
    let w = this.word
    if (w === 0) return
    this.word = 0
    if (this.ink > 0 && this.all + w > this.room) {
      this.lines++
      this.ink = this.all = 0
    }
    if (w > this.room) {
      this.lines += Math.floor(w / this.room)
      w %= this.room
    }
    this.all += w
    this.ink = this.all
  }
}
