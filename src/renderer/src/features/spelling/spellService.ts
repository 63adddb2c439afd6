import { createSpellClient, type SpellClient, type SpellPort, type SpellStatus } from './spellClient'
import { onSpellSettings, spellSettings } from './spellSettings'
import { runInBackground } from '../../../../shared/async/runInBackground'

/**
 * One spelling worker for the whole window, kept while the app runs. Its dictionary is loaded
 * when the home screen has been painted and the page is idle (preloadSpelling), so it is ready by
 * the time a plan is opened, or else once an editor has shown its plan (startSpelling): parsing
 * the Danish one takes a couple of seconds of the worker's time, and must never stand between the
 * user and their text.
 */
let client: SpellClient | null = null
let planWords: readonly string[] = []
let started = false

function configure(): void {
  const s = spellSettings()
  if (!client || !started || !s.enabled) return
  runInBackground(client.configure(s.language, [...s.personalWords, ...planWords]), (err) =>
    console.error('[spellService]', err),
  )
}

export function spellClient(): SpellClient {
  if (!client) {
    const worker = new Worker(new URL('./spellWorker.ts', import.meta.url), {
      type: 'module',
      name: 'spelling',
    })
    const made = createSpellClient(worker as unknown as SpellPort)
    client = made
    onSpellSettings(configure)
    // Said on the page as well (data-spelling-dictionary on <html>): the e2e tests and the bench
    // see from it when the dictionary is ready, without reaching into the page's modules.
    const show = () => (document.documentElement.dataset.spellingDictionary = made.status())
    made.onStatus(show)
    show()
  }
  return client
}

/** The worker's state, or 'idle' before any editor made one. */
export function spellStatus(): SpellStatus {
  return client?.status() ?? 'idle'
}

export function onSpellStatus(listener: () => void): () => void {
  return client?.onStatus(listener) ?? (() => undefined)
}

/** Loads the dictionary with the user's words, ahead of any plan (the home screen calls it when
 * idle); with spell checking off, nothing. */
export function preloadSpelling(): void {
  started = true
  if (spellSettings().enabled) spellClient()
  configure()
}

/** Loads the dictionary if it is not yet (once the editor has shown its plan), with the plan's
 * place names as words of this plan; words asked for before it wait in the client. */
export function startSpelling(words: readonly string[]): void {
  planWords = words
  preloadSpelling()
}
