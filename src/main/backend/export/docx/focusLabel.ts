import type { Catalogue, FocusArea } from '../../../../shared/model/catalogue'

/** "3. Bosætning": how a focus area is named everywhere in the export, by number and title. */
export function focusAreaName(area: FocusArea): string {
  return area.number != null ? `${area.number}. ${area.title}` : area.title
}

/** The names of the focus areas an initiative names; an id the catalogue no longer has is kept as is. */
export function focusAreaNames(ids: string[], catalogue: Catalogue | null): string[] {
  const byId = new Map((catalogue?.focusAreas ?? []).map((a) => [a.id, a]))
  return ids.map((id) => {
    const area = byId.get(id)
    return area ? focusAreaName(area) : id
  })
}
