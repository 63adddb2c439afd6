import type { DocJSON } from '../model/plan'
import type { Catalogue, FocusArea } from '../model/catalogue'
import { initiativeName, listedInitiatives, type InitiativeEntry } from './initiatives'

/** "Sammenhæng med kommunens indsatsområder": initiatives (rows) against focus areas (columns). */
export type FocusMatrix = {
  /** Every focus area of the catalogue, so an empty column shows a gap. */
  columns: FocusArea[]
  /** Every named initiative in document order (see listedInitiatives), by the name it is listed
   * under; cells[i] says whether it serves columns[i]. Section focus tags are not rows: the matrix
   * lists initiatives (the focus panel says so, and counts the sections in its overview). */
  rows: { initiative: InitiativeEntry; name: string; cells: boolean[] }[]
}

export function focusMatrix(doc: DocJSON, catalogue: Catalogue | null): FocusMatrix {
  const columns = catalogue?.focusAreas ?? []
  return {
    columns,
    rows: listedInitiatives(doc).map((initiative) => ({
      initiative,
      name: initiativeName(initiative),
      cells: columns.map((c) => initiative.attrs.focusAreas.includes(c.id)),
    })),
  }
}
