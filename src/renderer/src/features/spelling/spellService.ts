import { createSpellClient, type SpellClient, type SpellPort, type SpellStatus } from './spellClient'
import { onSpellSettings, spellSettings } from './spellSettings'

/**
 * One spelling worker for the whole window, made with the first editor and kept while the app
 * runs, so the next plan opened is checked at once. Its dictionary is loaded only when an editor
 * has shown its plan (startSpelling): parsing the Danish one takes a couple of seconds of the
 * worker's time, and must never stand between the user and their text.
 */
let client: SpellClient | null = null
let planWords: readonly string[] = []
let started = false

function configure(): void {
  const s = spellSettings()
  if (!client || !started || !s.enabled) return
  void client.configure(s.language, [...s.personalWords, ...planWords])
}

export function spellClient(): SpellClient {
  if (!client) {
    const worker = new Worker(new URL('./spellWorker.ts', import.meta.url), {
      type: 'module',
      name: 'spelling',
    })
    client = createSpellClient(worker as unknown as SpellPort)
    onSpellSettings(configure)
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

/** Loads the dictionary (once the editor has shown its plan) with the plan's place names as words
 * of this plan; words asked for before it wait in the client. */
export function startSpelling(words: readonly string[]): void {
  planWords = words
  started = true
  if (spellSettings().enabled) spellClient()
  configure()
}
