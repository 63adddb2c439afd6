import type { DocJSON } from '../model/plan'
import type { Catalogue, FocusArea } from '../model/catalogue'
import { collectInitiatives, type InitiativeEntry } from './initiatives'

/** "Sammenhæng med kommunens indsatsområder": initiatives (rows) against focus areas (columns). */
export type FocusMatrix = {
  /** Every focus area of the catalogue, so an empty column shows a gap. */
  columns: FocusArea[]
  /** Every initiative in document order; cells[i] says whether it serves columns[i]. */
  rows: { initiative: InitiativeEntry; cells: boolean[] }[]
}

export function focusMatrix(doc: DocJSON, catalogue: Catalogue | null): FocusMatrix {
  const columns = catalogue?.focusAreas ?? []
  return {
    columns,
    rows: collectInitiatives(doc).map((initiative) => ({
      initiative,
      cells: columns.map((c) => initiative.attrs.focusAreas.includes(c.id)),
    })),
  }
}
