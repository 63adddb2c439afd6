import type { Language } from '../../shared/model/settings'
import { t } from '../../shared/i18n/translate'

/** The file-type choice of every dialog that saves or opens a Word file. */
export const wordFilter = (lang: Language) => [
  { name: t(lang, 'dialogs:filters.word'), extensions: ['docx'] },
]
