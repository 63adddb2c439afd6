import type { DocJSON } from '../model/plan'
import type { Catalogue, FocusArea } from '../model/catalogue'
import { collectHeadings, collectInitiatives, type InitiativeEntry } from './initiatives'

export type RemovedArea = {
  area: FocusArea
  /** Links that would point at nothing after the move. */
  initiatives: InitiativeEntry[]
  headings: { text: string; index: number }[]
}
export type RenamedArea = { id: string; from: string; to: string; initiatives: InitiativeEntry[] }

export type CatalogueUpgrade = {
  from: { id: string; version: string }
  to: { id: string; version: string }
  /** Focus areas the newer version no longer has. */
  removed: RemovedArea[]
  /** Same id, new title: links stay, but the plan will read differently. */
  renamed: RenamedArea[]
  /** Focus areas only the newer version has. */
  added: FocusArea[]
  /** Number of initiative and heading links that would point at a removed focus area. */
  brokenLinks: number
}

/**
 * What moving a plan from its copy of a catalogue to a newer one would change. Links are by focus
 * area id, so only removed ids break links; the plan keeps the ids so the user can relink by hand.
 */
export function catalogueUpgrade(planCatalogue: Catalogue, newer: Catalogue, doc: DocJSON): CatalogueUpgrade {
  const initiatives = collectInitiatives(doc)
  const headings = collectHeadings(doc)
  const newById = new Map(newer.focusAreas.map((a) => [a.id, a]))
  const oldIds = new Set(planCatalogue.focusAreas.map((a) => a.id))
  const linkedTo = (id: string) => initiatives.filter((e) => e.attrs.focusAreas.includes(id))

  const removed = planCatalogue.focusAreas
    .filter((a) => !newById.has(a.id))
    .map((area) => ({
      area,
      initiatives: linkedTo(area.id),
      headings: headings
        .filter((h) => h.focusAreas.includes(area.id))
        .map((h) => ({ text: h.text, index: h.index })),
    }))

  const renamed: RenamedArea[] = []
  for (const area of planCatalogue.focusAreas) {
    const next = newById.get(area.id)
    if (next && next.title.trim() !== area.title.trim()) {
      renamed.push({ id: area.id, from: area.title, to: next.title, initiatives: linkedTo(area.id) })
    }
  }

  return {
    from: { id: planCatalogue.id, version: planCatalogue.version },
    to: { id: newer.id, version: newer.version },
    removed,
    renamed,
    added: newer.focusAreas.filter((a) => !oldIds.has(a.id)),
    brokenLinks: removed.reduce((n, r) => n + r.initiatives.length + r.headings.length, 0),
  }
}

/** True when the upgrade would change nothing the user can see. */
export function isNoOpUpgrade(u: CatalogueUpgrade): boolean {
  return u.removed.length === 0 && u.renamed.length === 0 && u.added.length === 0
}
