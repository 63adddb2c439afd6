import { cleanFileName } from '../format/cleanFileName'
import { t } from '../i18n/translate'
import type { Language } from './settings'

/**
 * Orders catalogue versions the way people write them: "2" after "1.9", "2024" after "2017",
 * "1.10" after "1.9". Numeric runs compare as numbers, everything else as text.
 */
export function compareCatalogueVersions(a: string, b: string): number {
  const split = (v: string) =>
    v
      .trim()
      .toLowerCase()
      .match(/\d+|[^\d]+/g) ?? []
  const pa = split(a)
  const pb = split(b)
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
    const x = pa[i]
    const y = pb[i]
    if (x === undefined) return -1
    if (y === undefined) return 1
    const nx = /^\d+$/.test(x) ? Number(x) : NaN
    const ny = /^\d+$/.test(y) ? Number(y) : NaN
    if (!Number.isNaN(nx) && !Number.isNaN(ny)) {
      if (nx !== ny) return nx < ny ? -1 : 1
    } else if (x !== y) {
      return x < y ? -1 : 1
    }
  }
  return 0
}

/** The file name a catalogue is exported under: "<municipality> - <title> - v<version>.json",
 * with characters Windows refuses in file names replaced. */
export function catalogueFileName(
  c: { municipality: string; title: string; version: string },
  lang: Language,
): string {
  const clean = (s: string) =>
    s
      // eslint-disable-next-line no-control-regex -- control characters are exactly what Windows refuses
      .replace(/[<>:"/\\|?*\u0000-\u001f]/g, '-')
      .replace(/\s+/g, ' ')
      .trim()
  // The shared rule then takes what a name must not hold (bidi controls, device names, length).
  return `${cleanFileName(`${clean(c.municipality)} - ${clean(c.title)} - v${clean(c.version)}`, t(lang, 'dialogs:fileNames.catalogue'))}.json`
}
