import type { Language } from '../../../../shared/model/settings'

/**
 * What the editor and the spelling worker say to each other. Every request has an id, and the
 * worker answers each with that id, in the order asked (a check after a change of language is
 * answered in the new language).
 */
export type SpellRequest =
  /** The dictionary to check against and the extra words (the user's list, the plan's names). */
  | { id: number; type: 'configure'; language: Language; words: string[] }
  | { id: number; type: 'check'; words: string[] }
  | { id: number; type: 'suggest'; word: string }

export type SpellResponse =
  | { id: number; type: 'configured'; language: Language }
  /** The words of the request that are misspelt; every other word asked is correct. */
  | { id: number; type: 'checked'; misspelt: string[] }
  | { id: number; type: 'suggested'; suggestions: string[] }
  | { id: number; type: 'failed'; reason: SpellFailure }

/** dictionary-unavailable: the dictionary could not be loaded (the checker stays off, typing goes
 * on); not-configured: a check before any language was set; bad-request: not a request at all. */
export type SpellFailure = 'dictionary-unavailable' | 'not-configured' | 'bad-request'

/** The most words one check carries: answers come back in pieces, and a suggestion asked in
 * between waits for one piece only, not for a whole plan's words. */
export const CHECK_BATCH = 1000

/** Lengths past which a "word" is not one and is refused unread. */
const MAX_WORD = 200
const MAX_WORDS = 20_000

const isWord = (w: unknown): w is string => typeof w === 'string' && w.length > 0 && w.length <= MAX_WORD
const isWordList = (ws: unknown): ws is string[] =>
  Array.isArray(ws) && ws.length <= MAX_WORDS && ws.every(isWord)

/** A message from the page, checked before the worker acts on it: a request, or null. */
export function readRequest(data: unknown): SpellRequest | null {
  if (typeof data !== 'object' || data === null) return null
  const m = data as Record<string, unknown>
  if (typeof m.id !== 'number' || !Number.isInteger(m.id)) return null
  const id = m.id
  if (m.type === 'configure' && (m.language === 'da' || m.language === 'en') && isWordList(m.words))
    return { id, type: 'configure', language: m.language, words: m.words }
  if (m.type === 'check' && isWordList(m.words)) return { id, type: 'check', words: m.words }
  if (m.type === 'suggest' && isWord(m.word)) return { id, type: 'suggest', word: m.word }
  return null
}
