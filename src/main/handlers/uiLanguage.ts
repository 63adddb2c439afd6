import type { Language, Settings } from '../../shared/model/settings'

/** The language the user chose in settings: the main process words its dialogs and the export's
 * suggested file name in it, as the renderer words the rest of the window. */
export async function uiLanguage(settings: { get(): Promise<Settings> }): Promise<Language> {
  return (await settings.get()).language === 'en' ? 'en' : 'da'
}
