import type { PlanMeta } from '../../../shared/model/plan'
import type { Language } from '../../../shared/model/settings'
import { safeFileName } from '../../../shared/format/safeFileName'
import { t } from '../../../shared/i18n/translate'

/** Kept here too, where the export's naming lives; the rule itself is shared (catalogue files). */
export { safeFileName }

const pad = (n: number) => String(n).padStart(2, '0')

/** "Udviklingsplan - Østerby Lokalråd - 2026-03-12.docx" ("Development plan - …" in English),
 * made safe for Windows. */
export function defaultExportName(
  meta: Pick<PlanMeta, 'council' | 'title'>,
  date: Date,
  lang: Language,
): string {
  const day = `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`
  const who = meta.council.trim() || meta.title.trim()
  const anonymous = t(lang, 'dialogs:fileNames.exportNoName', { day })
  const base = safeFileName(who ? t(lang, 'dialogs:fileNames.export', { who, day }) : anonymous, anonymous)
  return `${base}.docx`
}

/** The chosen path with .docx on the end, so Word will open it from a double click. */
export function withDocxExtension(path: string): string {
  return /\.docx$/i.test(path) ? path : `${path}.docx`
}
