import type { DocJSON } from '../model/plan'
import type { Catalogue, FocusArea } from '../model/catalogue'
import { collectHeadings, collectInitiatives, type InitiativeEntry } from './initiatives'

export type FocusAreaUse = {
  area: FocusArea
  initiatives: InitiativeEntry[]
  /** Headings tagged with this focus area; index is the heading's order among all headings. */
  headings: { text: string; index: number }[]
  /** Sum of the known budgets of its initiatives. */
  budget: number
}

export type FocusOverview = {
  /** Every focus area of the catalogue, in catalogue order. */
  areas: FocusAreaUse[]
  /** Initiatives that serve no focus area of the catalogue (none linked, or only unknown ids). */
  unlinked: InitiativeEntry[]
  /** Focus areas that neither an initiative nor a heading serves. */
  gaps: FocusArea[]
  /** Ids used in the document that the catalogue does not know (e.g. removed in a newer version). */
  unknownIds: string[]
  /** Sum of all known initiative budgets, each initiative counted once. */
  totalBudget: number
}

const sumBudgets = (list: InitiativeEntry[]) => list.reduce((sum, e) => sum + (e.attrs.budget ?? 0), 0)

/**
 * How the plan covers the municipality's focus areas. An initiative serving two focus areas counts
 * in the budget of both (that is what a consultant asks: "how much goes to bosætning?"), but only
 * once in totalBudget. Without a catalogue nothing can be judged unknown or a gap; an initiative is
 * then unlinked only when it names no focus area at all.
 */
export function focusOverview(doc: DocJSON, catalogue: Catalogue | null): FocusOverview {
  const initiatives = collectInitiatives(doc)
  const headings = collectHeadings(doc)
  const known = new Set(catalogue?.focusAreas.map((a) => a.id) ?? [])

  const areas = (catalogue?.focusAreas ?? []).map((area): FocusAreaUse => {
    const linked = initiatives.filter((e) => e.attrs.focusAreas.includes(area.id))
    return {
      area,
      initiatives: linked,
      headings: headings
        .filter((h) => h.focusAreas.includes(area.id))
        .map((h) => ({ text: h.text, index: h.index })),
      budget: sumBudgets(linked),
    }
  })

  const unlinked = catalogue
    ? initiatives.filter((e) => !e.attrs.focusAreas.some((id) => known.has(id)))
    : initiatives.filter((e) => e.attrs.focusAreas.length === 0)

  const unknownIds = new Set<string>()
  if (catalogue) {
    const used = [...initiatives.flatMap((e) => e.attrs.focusAreas), ...headings.flatMap((h) => h.focusAreas)]
    for (const id of used) if (!known.has(id)) unknownIds.add(id)
  }

  return {
    areas,
    unlinked,
    gaps: areas.filter((u) => u.initiatives.length === 0 && u.headings.length === 0).map((u) => u.area),
    unknownIds: [...unknownIds],
    totalBudget: sumBudgets(initiatives),
  }
}
