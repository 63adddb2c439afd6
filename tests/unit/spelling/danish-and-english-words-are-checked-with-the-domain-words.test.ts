import { beforeAll, describe, expect, it } from 'vitest'
import { createSpellEngine, type SpellEngine } from '../../../src/renderer/src/features/spelling/spellEngine'
import { readShippedDictionary, shippedDomainWords } from './dictionaries'

const DOMAIN_WORDS = shippedDomainWords()

let da: SpellEngine
let en: SpellEngine
beforeAll(async () => {
  da = createSpellEngine(await readShippedDictionary('da'), DOMAIN_WORDS)
  en = createSpellEngine(await readShippedDictionary('en'), DOMAIN_WORDS)
}, 60_000)

describe('the Danish checker', () => {
  it('knows ordinary Danish with æ, ø and å, in any case a sentence gives it', () => {
    for (const w of ['bæredygtighed', 'søen', 'åen', 'Ældreklubben', 'FÆLLESSKABET', 'børnefamilier'])
      expect(da.isCorrect(w), w).toBe(true)
  })

  it('knows the words the dictionary lists with a grammar note after them (kommer, vil, bliver)', () => {
    for (const w of ['kommer', 'kom', 'vil', 'bliver', 'siger', 'ser', 'gik', 'A-menneskene'])
      expect(da.isCorrect(w), w).toBe(true)
  })

  it('marks misspelt words', () => {
    for (const w of ['forsamlingshse', 'bæredigtighed', 'udviklngsplan', 'landsbyn'])
      expect(da.isCorrect(w), w).toBe(false)
  })

  it("knows the councils' own words and their forms, from the shipped list", async () => {
    const forms = [
      'landsbyklynge',
      'landsbyklyngen',
      'landsbyklyngerne',
      'landdistriktspuljen',
      'datapakken',
      'proceskonsulenten',
      'proceskonsulenter',
      'frivilligtimer',
      'lokalrådet',
      'ildsjælene',
      'forsamlingshuset',
      'indsatsområderne',
      'mobildækningen',
      'Stigruppen',
      'planloven',
    ]
    for (const w of forms) expect(da.isCorrect(w), w).toBe(true)
    // Without the list these are unknown to the dictionary: the list is what makes them correct.
    const bare = await createSpellEngineWithout()
    expect(bare.isCorrect('landsbyklyngen')).toBe(false)
  }, 60_000)

  it('takes abbreviations with their full stop and a word at the end of a sentence without it', () => {
    for (const w of ['f.eks.', 'osv.', 'bl.a.', 'ca.', 'skolen.']) expect(da.isCorrect(w), w).toBe(true)
    expect(da.isCorrect('forsamlingshse.')).toBe(false)
    expect(da.isCorrect('osv')).toBe(false)
  })

  it('checks a hyphenated word part by part, with acronyms left alone', () => {
    expect(da.isCorrect('e-mail')).toBe(true)
    expect(da.isCorrect('LAG-midler')).toBe(true)
    expect(da.isCorrect('skole-forsamlingshse')).toBe(false)
  })

  it('suggests the word meant, at most six', () => {
    expect(da.suggest('forsamlingshse')).toContain('forsamlingshuse')
    expect(da.suggest('bæredigtighed')).toContain('bæredygtighed')
    expect(da.suggest('skolne').length).toBeLessThanOrEqual(6)
  })

  it("takes the user's words and the plan's names, and lets them go without losing dictionary words", () => {
    expect(da.isCorrect('Skovbækgård')).toBe(false)
    da.setExtraWords(['Skovbækgård', 'søen'])
    expect(da.isCorrect('Skovbækgård')).toBe(true)
    expect(da.isCorrect('SKOVBÆKGÅRD')).toBe(true)
    da.setExtraWords([])
    expect(da.isCorrect('Skovbækgård')).toBe(false)
    // 'søen' was a dictionary word all along: taking it off the extra list must not remove it.
    expect(da.isCorrect('søen')).toBe(true)
  })

  it('treats a word typed with a combining ring or a curly apostrophe as the same word', () => {
    expect(da.isCorrect('a\u030aen')).toBe(true)
    da.setExtraWords(["Lars'"])
    expect(da.isCorrect('Lars\u2019')).toBe(true)
    da.setExtraWords([])
  })
})

describe('the English checker', () => {
  it('knows English and marks English misspellings', () => {
    expect(en.isCorrect('village')).toBe(true)
    expect(en.isCorrect("don't")).toBe(true)
    expect(en.isCorrect('vilage')).toBe(false)
    expect(en.suggest('vilage')).toContain('village')
  })
})

async function createSpellEngineWithout(): Promise<SpellEngine> {
  return createSpellEngine(await readShippedDictionary('da'))
}
