import { countWords } from '../../../../../shared/derive/wordCount'

/** A paste this big is almost always a mistake (a whole report, a mail archive) and would freeze
 * an old laptop; it is refused whole rather than half-applied. */
export const MAX_PASTE_HTML_CHARS = 2 * 1024 * 1024
export const MAX_PASTE_WORDS = 50_000

export type PasteVerdict = { ok: true } | { ok: false; reason: 'html-too-large' | 'too-many-words' }

export function checkPasteSize(html: string, text: string): PasteVerdict {
  if (html.length > MAX_PASTE_HTML_CHARS) return { ok: false, reason: 'html-too-large' }
  if (countWords(text, MAX_PASTE_WORDS + 1) > MAX_PASTE_WORDS) return { ok: false, reason: 'too-many-words' }
  return { ok: true }
}
