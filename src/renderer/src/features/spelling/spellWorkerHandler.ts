import type { Language } from '../../../../shared/model/settings'
import { createSpellEngine, type DictionaryFiles, type SpellEngine } from './spellEngine'
import { readRequest, type SpellResponse } from './protocol'

export type ReadDictionary = (language: Language) => Promise<DictionaryFiles>

/**
 * The worker's side of the protocol, apart from the worker itself so tests drive it with the real
 * dictionaries. Requests run one at a time in the order they came: a check waits for the
 * dictionary the configure before it is loading. One language is kept in memory at a time (the
 * Danish one is large); the extra words are applied to whichever is loaded.
 */
export function createSpellWorkerHandler(readDictionary: ReadDictionary, domainWords: readonly string[]) {
  let engine: { language: Language; checker: SpellEngine } | null = null
  let failed = false
  let queue: Promise<unknown> = Promise.resolve()

  async function configure(language: Language, words: string[]): Promise<void> {
    if (engine?.language !== language) {
      engine = null
      failed = false
      try {
        engine = { language, checker: createSpellEngine(await readDictionary(language), domainWords) }
      } catch (err) {
        // A dictionary that cannot be read or parsed turns the checker off, never the editor.
        console.warn('[spelling] dictionary could not be loaded:', err)
        failed = true
        return
      }
    }
    engine.checker.setExtraWords(words)
  }

  async function answer(data: unknown): Promise<SpellResponse> {
    const request = readRequest(data)
    const id = typeof (data as { id?: unknown } | null)?.id === 'number' ? (data as { id: number }).id : -1
    if (!request) return { id, type: 'failed', reason: 'bad-request' }
    if (request.type === 'configure') {
      await configure(request.language, request.words)
      if (failed) return { id, type: 'failed', reason: 'dictionary-unavailable' }
      return { id, type: 'configured', language: request.language }
    }
    if (!engine) return { id, type: 'failed', reason: failed ? 'dictionary-unavailable' : 'not-configured' }
    if (request.type === 'check') {
      const checker = engine.checker
      return { id, type: 'checked', misspelt: request.words.filter((w) => !checker.isCorrect(w)) }
    }
    return { id, type: 'suggested', suggestions: engine.checker.suggest(request.word) }
  }

  /** Answers one message, after every message before it. */
  return (data: unknown): Promise<SpellResponse> => {
    const next = queue.then(() => answer(data))
    queue = next.catch(() => undefined)
    return next
  }
}
