import { useSyncExternalStore } from 'react'
import { PERSONAL_WORDS_MAX, type Language, type Settings } from '../../../../shared/model/settings'
import { normaliseWord } from '../../../../shared/format/normaliseWord'
import { api } from '../../api/client'

export type SpellSettings = { enabled: boolean; language: Language; personalWords: readonly string[] }

/**
 * Spell checking's part of the settings, as the renderer holds it: set from the stored settings at
 * start, changed here and saved at once (Indstillinger, "Tilføj til ordbog"). Saves go one after
 * the other, each with the list as it is by then, so two quick additions both land. A save that
 * fails keeps the change for this session and tells the caller.
 */
let current: SpellSettings = { enabled: true, language: 'da', personalWords: [] }
const listeners = new Set<() => void>()
let saving: Promise<unknown> = Promise.resolve()

function apply(next: Partial<SpellSettings>): void {
  current = { ...current, ...next }
  listeners.forEach((l) => l())
}

function save(patch: Partial<Pick<Settings, 'spellCheck' | 'spellLanguage' | 'personalWords'>>) {
  const run = saving.then(() => api['settings.set'](patch))
  saving = run.catch(() => undefined)
  return run.then(() => undefined)
}

export function initSpellSettings(settings: Settings): void {
  apply({
    enabled: settings.spellCheck,
    language: settings.spellLanguage,
    personalWords: settings.personalWords,
  })
}

export const spellSettings = (): SpellSettings => current

export function onSpellSettings(listener: () => void): () => void {
  listeners.add(listener)
  return () => void listeners.delete(listener)
}

export function useSpellSettings(): SpellSettings {
  return useSyncExternalStore(onSpellSettings, spellSettings)
}

export function setSpellCheck(enabled: boolean): Promise<void> {
  apply({ enabled })
  return save({ spellCheck: enabled })
}

export function setSpellLanguage(language: Language): Promise<void> {
  apply({ language })
  return save({ spellLanguage: language })
}

/** "Tilføj til ordbog". A word already there, or one past the cap, changes nothing. */
export function addPersonalWord(word: string): Promise<void> {
  const w = normaliseWord(word)
  if (current.personalWords.includes(w) || current.personalWords.length >= PERSONAL_WORDS_MAX)
    return Promise.resolve()
  apply({ personalWords: [...current.personalWords, w] })
  return saving.then(() => save({ personalWords: [...current.personalWords] }))
}

export function removePersonalWord(word: string): Promise<void> {
  apply({ personalWords: current.personalWords.filter((w) => w !== word) })
  return save({ personalWords: [...current.personalWords] })
}
