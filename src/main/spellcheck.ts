import type { Session } from 'electron'

type SpellCheckerSwitches = Pick<Session, 'setSpellCheckerEnabled' | 'setSpellCheckerLanguages'>

/**
 * The app checks spelling itself, offline, in the plan's language (renderer/features/spelling).
 * Chromium's own checker is switched off for the whole session, before any window exists, so the
 * two never disagree about a word. Its language list is emptied as well: on Windows and Linux
 * Chromium fetches a Hunspell dictionary from Google's servers for every listed language (by
 * default the system's), and with no language listed there is nothing for it to fetch. macOS uses
 * the system's checker and ignores the list. The window's webPreferences say spellcheck: false too.
 */
export function switchOffBuiltInSpellChecker(session: SpellCheckerSwitches): void {
  session.setSpellCheckerEnabled(false)
  session.setSpellCheckerLanguages([])
}
