/**
 * How wide text is in the export's font, so the tables it composes can give each column the room
 * its words need and the contents can say on which page a heading falls. Advance widths of
 * Calibri in 1/1000 em, for U+0020-U+007E then U+00A0-U+00FF (read from Carlito, which is made
 * to Calibri's metrics; U+00A0 is as wide as a space, the soft hyphen takes no room).
 */
// prettier-ignore
const REGULAR = [226,326,401,498,507,715,682,221,303,303,498,498,250,306,252,386,507,507,507,507,507,507,507,507,507,507,268,268,498,498,498,463,894,579,544,533,615,488,459,631,623,252,319,520,420,855,646,662,517,673,543,459,487,642,567,890,519,487,468,307,386,307,498,498,291,479,525,423,525,498,305,471,525,229,239,455,229,799,525,527,525,525,349,391,335,525,452,715,433,453,395,314,460,314,498,226,326,498,507,498,507,498,498,393,834,402,512,498,0,507,394,339,498,336,334,292,550,586,252,307,246,422,512,636,671,675,463,579,579,579,579,579,579,763,533,488,488,488,488,252,252,252,252,625,646,662,662,662,662,662,498,664,642,642,642,642,487,517,527,479,479,479,479,479,479,773,423,498,498,498,498,229,229,229,229,525,525,527,527,527,527,527,498,529,525,525,525,525,453,525,453]
// prettier-ignore
const BOLD = [226,326,438,498,507,729,705,233,312,312,498,498,258,306,267,430,507,507,507,507,507,507,507,507,507,507,276,276,498,498,498,463,898,606,561,529,630,488,459,637,631,267,331,547,423,874,659,676,532,686,563,473,495,653,591,906,551,520,478,325,430,325,498,498,300,494,537,418,537,503,316,474,537,246,255,480,246,813,537,538,537,537,355,399,347,537,473,745,459,474,397,344,475,344,498,226,326,498,507,498,507,498,498,415,834,416,539,498,0,507,390,342,498,338,336,301,563,598,268,303,252,435,539,658,691,702,463,606,606,606,606,606,606,775,529,488,488,488,488,267,267,267,267,639,659,676,676,676,676,676,498,681,653,653,653,653,520,532,555,494,494,494,494,494,494,775,418,503,503,503,503,246,246,246,246,537,537,538,538,538,538,538,498,544,537,537,537,537,474,537,474]

/** Letters outside the tables (dashes, quotes, ✓, other scripts): about a letter's average. */
const OTHER: Record<number, number> = {
  0x2013: 498,
  0x2014: 905,
  0x2018: 250,
  0x2019: 250,
  0x201c: 418,
  0x201d: 418,
  0x2022: 498,
  0x2026: 690,
  0x20ac: 507,
  0x2713: 800,
}
const FALLBACK = 560

function advance(table: number[], code: number): number {
  if (code >= 0x20 && code <= 0x7e) return table[code - 0x20]
  if (code >= 0xa0 && code <= 0xff) return table[code - 0xa0 + 95]
  return OTHER[code] ?? FALLBACK
}

/** A character's advance in 1/1000 em, regular or bold: for code that measures text by the letter. */
export const advanceUnits = (code: number, bold: boolean): number => advance(bold ? BOLD : REGULAR, code)

/** The advances of U+0000-U+00FF as flat arrays (what running text nearly always is), for loops
 * that measure millions of letters. */
const flat = (table: number[]) =>
  Uint16Array.from({ length: 256 }, (_, c) => (c < 0x20 ? 0 : advance(table, c)))
export const LATIN_ADVANCES = { regular: flat(REGULAR), bold: flat(BOLD) }

/** Width of `text` set in the export's font at `sizePt`, in twips (1/20 pt). */
export function textWidth(text: string, sizePt: number, bold = false): number {
  const table = bold ? BOLD : REGULAR
  let units = 0
  for (let i = 0; i < text.length; i++) units += advance(table, text.charCodeAt(i))
  return (units * sizePt * 20) / 1000
}

/**
 * Where a line may break in Word: at a space (not a no-break space) and after a hyphen or dash.
 * The pieces keep the character they break after.
 */
export function breakablePieces(text: string): string[] {
  return text.match(/[^ \t\n\-\u2013\u2014]*[ \t\n\-\u2013\u2014]?/g)?.filter((p) => p !== '') ?? []
}

/**
 * In one pass: the width of `text` on one line, and of its widest piece Word cannot break (as
 * breakablePieces cuts it), both in twips at `sizePt`. For measuring every cell of a table.
 */
export function measureText(text: string, sizePt: number, bold = false): { whole: number; longest: number } {
  const latin = bold ? LATIN_ADVANCES.bold : LATIN_ADVANCES.regular
  let whole = 0
  let longest = 0
  let word = 0
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i)
    const w = c < 256 ? latin[c] : advanceUnits(c, bold)
    whole += w
    if (c === 0x20 || c === 0x09 || c === 0x0a) {
      longest = Math.max(longest, word)
      word = 0
    } else {
      word += w
      if (c === 0x2d || c === 0x2013 || c === 0x2014) {
        longest = Math.max(longest, word)
        word = 0
      }
    }
  }
  longest = Math.max(longest, word)
  const scale = (sizePt * 20) / 1000
  return { whole: whole * scale, longest: longest * scale }
}
