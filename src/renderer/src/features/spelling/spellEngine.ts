import nspell from 'nspell'
import { normaliseWord } from '../../../../shared/format/normaliseWord'

export type DictionaryFiles = { aff: string; dic: string }

/** The most suggestions the menu shows: more is noise, and each costs the worker time. */
export const MAX_SUGGESTIONS = 6

/**
 * One language's checker: nspell on the Hunspell files, the shipped domain words (bent like their
 * model word), and the extra words of the moment: the user's own list and the plan's place names.
 * Extra words go into nspell only when it does not know them already, so taking one away again
 * never takes a dictionary word with it.
 */
export function createSpellEngine(files: DictionaryFiles, domainWords: readonly string[] = []) {
  const checker = nspell(files.aff, withoutMorphology(files.dic))
  for (const entry of domainWords) {
    const [word, model] = entry.split('/')
    checker.add(word, model)
  }
  let extras = new Set<string>()

  const known = (word: string): boolean => word !== '' && checker.correct(word)

  /** Known as it stands, or without the full stop after it, or (joined by hyphens) part by part. */
  function isCorrect(asFound: string): boolean {
    const word = normaliseWord(asFound)
    if (known(word)) return true
    const bare = word.endsWith('.') ? word.slice(0, -1) : word
    if (bare !== word && known(bare)) return true
    if (bare.includes('-')) return bare.split('-').every((part) => known(part) || isAcronym(part))
    return false
  }

  return {
    isCorrect,
    suggest(asFound: string): string[] {
      const word = normaliseWord(asFound).replace(/\.$/, '')
      return checker.suggest(word).slice(0, MAX_SUGGESTIONS)
    },
    /** The user's and the plan's words, replacing the previous ones. */
    setExtraWords(words: readonly string[]): void {
      const next = new Set(words.map(normaliseWord).filter((w) => w !== ''))
      for (const word of extras) if (!next.has(word)) checker.remove(word)
      const added = new Set<string>()
      for (const word of next) {
        if (extras.has(word)) added.add(word)
        else if (!checker.correct(word)) {
          checker.add(word)
          added.add(word)
        }
      }
      extras = added
    },
  }
}

export type SpellEngine = ReturnType<typeof createSpellEngine>

/**
 * A Hunspell line may carry morphological fields after the word and its flags, set off by a space
 * or a tab ("kommer st:komme", "abdomen/10,39,31 al:abdomina"). nspell reads them as part of the
 * word or of its last flag, so some 24,000 Danish lines (kommer, bliver, siger, vil among them)
 * would be unknown or lose a flag; the fields are cut off before nspell sees the file.
 */
export function withoutMorphology(dic: string): string {
  return dic.replace(/[ \t][^\n]*/g, '')
}

function isAcronym(part: string): boolean {
  return part.length > 1 && part === part.toUpperCase() && part !== part.toLowerCase()
}
