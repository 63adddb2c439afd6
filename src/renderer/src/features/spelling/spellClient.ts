import type { Language } from '../../../../shared/model/settings'
import { normaliseWord } from '../../../../shared/format/normaliseWord'
import { CHECK_BATCH, type SpellRequest, type SpellResponse, type SpellFailure } from './protocol'
import { runInBackground } from '../../../../shared/async/runInBackground'

/** The worker as the client sees it: a Worker, or in tests one end of a MessageChannel. */
export type SpellPort = {
  postMessage(message: SpellRequest): void
  onmessage: ((event: { data: SpellResponse }) => void) | null
}

const inBatches = (words: string[]): string[][] => {
  const out: string[][] = []
  for (let i = 0; i < words.length; i += CHECK_BATCH) out.push(words.slice(i, i + CHECK_BATCH))
  return out
}

export type SpellStatus = 'idle' | 'loading' | 'ready' | 'unavailable'

type Waiting = { resolve: (response: SpellResponse) => void }
/** A request before the client numbers it. */
type Ask = SpellRequest extends infer R ? (R extends SpellRequest ? Omit<R, 'id'> : never) : never

/**
 * The page's side of the spelling worker. It remembers every answer (a plan repeats its words, so
 * after the first pass a paragraph's check rarely needs the worker at all), gathers the words asked
 * for in one turn of the event loop into batched checks, and says when words it was asked about
 * have come back, so the editor can mark them. Nothing here waits for the worker synchronously.
 */
export function createSpellClient(port: SpellPort) {
  const verdicts = new Map<string, boolean>()
  const ignored = new Set<string>()
  const asked = new Set<string>()
  const waiting = new Map<number, Waiting>()
  const learnedListeners = new Set<() => void>()
  const resetListeners = new Set<() => void>()
  const statusListeners = new Set<() => void>()
  let queued = new Set<string>()
  /** Words of the paragraphs on screen: sent in batches of their own ahead of the rest, and
   * `onLearned` fires as soon as they are answered, so their marks need not wait for the plan's. */
  let urgent = new Set<string>()
  const urgentAsked = new Set<string>()
  let flushPlanned = false
  let nextId = 1
  /** Bumped by every change of dictionary or words: answers asked before it are stale. */
  let generation = 0
  let language: Language | null = null
  let words: string[] = []
  let status: SpellStatus = 'idle'

  const setStatus = (next: SpellStatus) => {
    if (next === status) return
    status = next
    statusListeners.forEach((l) => l())
  }

  port.onmessage = ({ data }) => {
    const w = waiting.get(data.id)
    if (!w) return
    waiting.delete(data.id)
    w.resolve(data)
  }

  function send(request: Ask): Promise<SpellResponse> {
    const id = nextId++
    return new Promise((resolve) => {
      waiting.set(id, { resolve })
      port.postMessage({ ...request, id } as SpellRequest)
    })
  }

  const planFlush = () => {
    // Nothing is asked before a language is set: the worker would have no dictionary to answer from.
    if (queued.size + urgent.size === 0 || flushPlanned || language === null) return
    flushPlanned = true
    queueMicrotask(flush)
  }

  const failedWith = (r: SpellResponse): SpellFailure | null => (r.type === 'failed' ? r.reason : null)

  function flush(): void {
    flushPlanned = false
    const batches = [...inBatches([...urgent]), ...inBatches([...queued])]
    urgent = new Set()
    queued = new Set()
    const asOf = generation
    for (const part of batches) {
      runInBackground(
        send({ type: 'check', words: part }).then((r) => {
          // An answer from before a change is dropped; its words were forgotten as asked then.
          if (asOf !== generation) return
          const hadUrgent = urgentAsked.size > 0
          part.forEach((w) => {
            asked.delete(w)
            urgentAsked.delete(w)
          })
          if (r.type !== 'checked') {
            if (failedWith(r) === 'dictionary-unavailable') setStatus('unavailable')
            return
          }
          const wrong = new Set(r.misspelt)
          for (const w of part) verdicts.set(w, !wrong.has(w))
          const urgentDone = hadUrgent && urgentAsked.size === 0
          if (asked.size === 0 || urgentDone) learnedListeners.forEach((l) => l())
        }),
        (err) => console.error('[spellClient]', err),
      )
    }
  }

  return {
    /** Sets the dictionary and the extra words; the answers so far are dropped where they may
     * have changed (all of them for a new language or a word taken away, the misspelt ones when
     * words were only added). */
    async configure(next: Language, nextWords: readonly string[]): Promise<void> {
      const normalised = nextWords.map(normaliseWord)
      const onlyAdded = next === language && words.every((w) => normalised.includes(w))
      if (next === language && onlyAdded && normalised.length === words.length) return
      generation++
      asked.clear()
      queued.clear()
      urgent.clear()
      urgentAsked.clear()
      if (!onlyAdded) verdicts.clear()
      else for (const [w, ok] of verdicts) if (!ok) verdicts.delete(w)
      if (next !== language) setStatus('loading')
      language = next
      words = normalised
      const configured = send({ type: 'configure', language: next, words: normalised })
      resetListeners.forEach((l) => l())
      planFlush()
      const r = await configured
      if (r.type === 'configured' && r.language === language) setStatus('ready')
      else if (failedWith(r) === 'dictionary-unavailable') setStatus('unavailable')
      learnedListeners.forEach((l) => l())
    },
    /** true or false once known, undefined while the worker has not said (ask with `request`). */
    verdict(word: string): boolean | undefined {
      if (ignored.has(word.replace(/\.$/, ''))) return true
      return verdicts.get(word)
    },
    /** Asks the worker about words not known yet; `onLearned` fires when the answers are in, and
     * for `first` words (those on screen) also as soon as they are, ahead of the rest. */
    request(list: Iterable<string>, first = false): void {
      for (const w of list) {
        if (verdicts.has(w) || ignored.has(w.replace(/\.$/, ''))) continue
        if (asked.has(w)) {
          // Asked already but not sent yet: it goes with the words on screen now.
          if (first && queued.delete(w)) {
            urgent.add(w)
            urgentAsked.add(w)
          }
          continue
        }
        asked.add(w)
        if (first) {
          urgent.add(w)
          urgentAsked.add(w)
        } else queued.add(w)
      }
      planFlush()
    },
    async suggest(word: string): Promise<string[]> {
      const r = await send({ type: 'suggest', word })
      return r.type === 'suggested' ? r.suggestions : []
    },
    /** "Ignorér": the word counts as correct everywhere until the app is closed. */
    ignore(word: string): void {
      ignored.add(normaliseWord(word).replace(/\.$/, ''))
      resetListeners.forEach((l) => l())
    },
    /** Fires when verdicts may have changed (a new language, other words, a word ignored): what
     * was marked must be looked at again. */
    onReset(listener: () => void): () => void {
      resetListeners.add(listener)
      return () => void resetListeners.delete(listener)
    },
    onLearned(listener: () => void): () => void {
      learnedListeners.add(listener)
      return () => void learnedListeners.delete(listener)
    },
    status: () => status,
    onStatus(listener: () => void): () => void {
      statusListeners.add(listener)
      return () => void statusListeners.delete(listener)
    },
  }
}

export type SpellClient = ReturnType<typeof createSpellClient>
