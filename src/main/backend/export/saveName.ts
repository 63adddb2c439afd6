import type { PlanMeta } from '../../../shared/model/plan'
import type { Language } from '../../../shared/model/settings'
import { cleanFileName } from '../../../shared/format/cleanFileName'
import { t } from '../../../shared/i18n/translate'

const pad = (n: number) => String(n).padStart(2, '0')

/** "Udviklingsplan - Østerby Lokalråd - 2026-03-12.docx" ("Development plan - …" in English; .pdf
 * for Gem som PDF), made safe for Windows. */
export function defaultExportName(
  meta: Pick<PlanMeta, 'council' | 'title'>,
  date: Date,
  lang: Language,
  extension: 'docx' | 'pdf' = 'docx',
): string {
  const day = `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`
  const who = meta.council.trim() || meta.title.trim()
  const anonymous = t(lang, 'dialogs:fileNames.exportNoName', { day })
  const base = cleanFileName(who ? t(lang, 'dialogs:fileNames.export', { who, day }) : anonymous, anonymous)
  return `${base}.${extension}`
}

/** The chosen path with .docx on the end, so Word will open it from a double click. */
export function withDocxExtension(path: string): string {
  return /\.docx$/i.test(path) ? path : `${path}.docx`
}

/** The chosen path with .pdf on the end, so the system opens it in a PDF reader. */
export function withPdfExtension(path: string): string {
  return /\.pdf$/i.test(path) ? path : `${path}.pdf`
}
