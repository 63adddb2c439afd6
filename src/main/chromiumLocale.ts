import type { Language } from '../shared/model/settings'

/**
 * The locale Chromium is started with (app.commandLine 'lang'), so what it draws itself follows the
 * UI: built-in controls and their messages, the spell checker's default, number formats. British
 * English for English, as the rest of the app writes dates and numbers the en-GB way.
 */
export function chromiumLocale(language: Language): string {
  return language === 'en' ? 'en-GB' : 'da'
}
