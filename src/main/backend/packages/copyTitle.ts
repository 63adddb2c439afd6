import type { Lang } from '../../../shared/format/months'
import { formatDayShort } from '../../../shared/format/dates'
import { t } from '../../../shared/i18n/translate'

const MAX_TITLE = 200

/**
 * The name of a plan imported as a copy beside one already here: "Bøvl 2030 (kopi fra 3. dec.)",
 * so the two can be told apart in the list; a second copy the same day is "(kopi 2 fra 3. dec.)",
 * and so on, never a name a plan here has already. Worded in the language chosen in Indstillinger
 * (packages:copyName), as the plan file keeps the name whatever language is chosen later. The
 * title is shortened to leave room, never the day.
 */
export function copyTitle(title: string, taken: Iterable<string>, lang: Lang, at: Date): string {
  const names = new Set([...taken].map((name) => name.trim().toLowerCase()))
  const day = formatDayShort(at, lang)
  for (let n = 1; ; n++) {
    const name = (title: string) =>
      n === 1
        ? t(lang, 'packages:copyName.first', { title, day })
        : t(lang, 'packages:copyName.nth', { title, day, n })
    const room = MAX_TITLE - name('').length
    const candidate = name(title.slice(0, room).trimEnd())
    if (!names.has(candidate.toLowerCase())) return candidate
  }
}
