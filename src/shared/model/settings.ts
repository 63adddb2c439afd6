import { z } from 'zod'
import { normaliseWord } from '../format/normaliseWord'

export const Language = z.enum(['da', 'en'])
export type Language = z.infer<typeof Language>

/** The plan text's size in per cent, in the steps Ctrl+plus / Ctrl+minus walk through. */
export const TEXT_SIZES = [90, 100, 110, 125, 150, 175, 200] as const
export const TextSize = z
  .number()
  .int()
  .refine((n) => (TEXT_SIZES as readonly number[]).includes(n))
export type TextSize = z.infer<typeof TextSize>

/** Limits of the personal word list ('Tilføj til ordbog'): generous for a council's names and
 * terms, small enough that the list never slows the start or bloats library.json. */
export const PERSONAL_WORDS_MAX = 5000
export const PERSONAL_WORD_MAX_LENGTH = 64

/** A word: letters, with hyphens, apostrophes and full stops inside or after (e-mail, bl.a.). */
const WORD_SHAPE = /^\p{L}[\p{L}\p{M}'.-]*$/u

export const PersonalWord = z
  .string()
  .max(1000)
  .transform(normaliseWord)
  .pipe(z.string().min(1).max(PERSONAL_WORD_MAX_LENGTH).regex(WORD_SHAPE))

const unique = (words: string[]): string[] => [...new Set(words)]

/** The list as the renderer sends it: every entry must be a word; repeats are kept once. */
export const PersonalWordsInput = z.array(PersonalWord).max(PERSONAL_WORDS_MAX).transform(unique)

/** The list as read from library.json: an entry that is not a word (a hand edit, an older or newer
 * app) is dropped on its own, so one bad entry never costs the user their other words or settings. */
const StoredPersonalWords = z
  .array(z.unknown())
  .catch([])
  .transform((list) =>
    unique(
      list.flatMap((w) => {
        const parsed = PersonalWord.safeParse(w)
        return parsed.success ? [parsed.data] : []
      }),
    ).slice(0, PERSONAL_WORDS_MAX),
  )

export const Settings = z.object({
  language: Language.default('da'),
  textSize: TextSize.default(100),
  /** The app's own spell checker in the plan's text (features/spelling). */
  spellCheck: z.boolean().default(true),
  /** The language plans are written in, i.e. the dictionary they are checked against; apart from
   * the app's language, since a council may prefer English menus for a Danish plan. */
  spellLanguage: Language.default('da'),
  personalWords: StoredPersonalWords.default(() => []),
})
export type Settings = z.infer<typeof Settings>

export const DEFAULT_SETTINGS: Settings = {
  language: 'da',
  textSize: 100,
  spellCheck: true,
  spellLanguage: 'da',
  personalWords: [],
}

/** What settings.set accepts. Every field is written out as optional: zod's partial() would still
 * fill a missing field with its default, and a patch of the language must never empty the words. */
export const SettingsPatch = z.object({
  language: Language.optional(),
  textSize: TextSize.optional(),
  spellCheck: z.boolean().optional(),
  spellLanguage: Language.optional(),
  personalWords: PersonalWordsInput.optional(),
})
