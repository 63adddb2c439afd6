import { formatDayMonthShort, type Lang } from '../../../shared/format/months'

const MAX_TITLE = 200

/** The words around a copy's date, in the user's language; the backend words it because it names
 * the plan file, and the list shows that name whatever language is chosen later. */
const WORDS: Record<Lang, (n: number, day: string) => string> = {
  da: (n, day) => `(kopi${n > 1 ? ` ${n}` : ''} fra ${day})`,
  en: (n, day) => `(copy${n > 1 ? ` ${n}` : ''} from ${day})`,
}

/**
 * The name of a plan imported as a copy beside one already here: "Bøvl 2030 (kopi fra 3. dec.)",
 * so the two can be told apart in the list; a second copy the same day is "(kopi 2 fra 3. dec.)",
 * and so on, never a name a plan here has already. The title is shortened to leave room, never
 * the date.
 */
export function copyTitle(title: string, taken: Iterable<string>, lang: Lang, at: Date): string {
  const names = new Set([...taken].map((t) => t.trim().toLowerCase()))
  const day = formatDayMonthShort(at, lang)
  for (let n = 1; ; n++) {
    const suffix = WORDS[lang](n, day)
    const name = `${title.slice(0, MAX_TITLE - suffix.length - 1).trimEnd()} ${suffix}`
    if (!names.has(name.toLowerCase())) return name
  }
}
