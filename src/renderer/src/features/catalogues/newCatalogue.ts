import type { Catalogue, FocusArea } from '../../../../shared/model/catalogue'

/** Colours with AA contrast for white text, handed out in turn to new focus areas. */
export const AREA_COLOURS = [
  '#1f5f8b',
  '#a3264b',
  '#2e6b30',
  '#8a4b08',
  '#7b3f9e',
  '#00695c',
  '#4a4a4a',
  '#5b4a9e',
]

const slug = (s: string) =>
  s
    .toLowerCase()
    .replace(/æ/g, 'ae')
    .replace(/ø/g, 'oe')
    .replace(/å/g, 'aa')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
    .slice(0, 40)

const suffix = () => crypto.randomUUID().slice(0, 8)

export function newCatalogueId(municipality: string): string {
  return `${slug(municipality) || 'katalog'}-${suffix()}`
}

export function newFocusArea(existing: FocusArea[]): FocusArea {
  const n = existing.length
  return {
    id: `omraade-${suffix()}`,
    number: n + 1,
    title: '',
    description: '',
    colour: AREA_COLOURS[n % AREA_COLOURS.length],
  }
}

export function blankCatalogue(): Catalogue {
  return {
    id: '',
    municipality: '',
    title: '',
    adopted: '',
    version: '1',
    goal: '',
    source: '',
    focusAreas: [],
  }
}

/** A shipped catalogue cannot be edited in place; the user edits a copy under a new id. Focus-area
 * ids are kept so plans can be compared with the original. */
export function copyOf(c: Catalogue): Catalogue {
  return { ...c, id: '', focusAreas: c.focusAreas.map((a) => ({ ...a })) }
}
