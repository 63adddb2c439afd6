import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { findWords } from '../../../src/renderer/src/features/spelling/findWords'

const words = (text: string) => findWords(text).map((w) => w.word)

describe('finding the words to check', () => {
  it('finds words with æ, ø and å and underlines them without the full stop after', () => {
    const text = 'Søen ved Ålum er smuk.'
    expect(words(text)).toEqual(['Søen', 'ved', 'Ålum', 'er', 'smuk.'])
    const last = findWords(text).at(-1)!
    expect(text.slice(last.from, last.to)).toBe('smuk')
  })

  it('keeps abbreviations, hyphens and apostrophes inside a word, a genitive apostrophe outside', () => {
    expect(words('Vi vil bl.a. lave e-mail-lister, f.eks. Lars’ idé.')).toEqual([
      'Vi',
      'vil',
      'bl.a.',
      'lave',
      'e-mail-lister',
      'f.eks.',
      'Lars',
      'idé.',
    ])
  })

  it('leaves acronyms, single letters, numbers and words glued to them alone', () => {
    expect(words('LAG og FGU i 3D på P4 i 2025, side 12a')).toEqual(['og', 'på', 'side'])
  })

  it('leaves web and mail addresses typed as text alone', () => {
    expect(
      words('Skriv til formand@skovby.dk eller se www.skovby.dk og https://vejen.dk/landsby nu'),
    ).toEqual(['Skriv', 'til', 'eller', 'se', 'og', 'nu'])
  })

  it('gives offsets that always hold the word found, whatever the text', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom(..."aæøå ÆB.-'’1@/ x".split('')) }), (text) => {
        let end = 0
        for (const w of findWords(text)) {
          expect(w.from).toBeGreaterThanOrEqual(end)
          expect(w.to).toBeGreaterThan(w.from)
          expect(w.word.replace(/'/g, '’').startsWith(text.slice(w.from, w.to).replace(/'/g, '’'))).toBe(true)
          end = w.to
        }
      }),
    )
  })
})
