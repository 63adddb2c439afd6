import type { DocJSON } from '../../model/plan'
import type { DiffBlock } from '../../model/versions'
import { compareDocs } from '../compareDocs'

/**
 * What changed in a plan's initiatives between the version in the overview and the one replacing
 * it: the versions compare (compareDocs) on the two skeletons, kept to the initiatives (new,
 * removed, and changed with the fields that differ). Headings that moved are not the committee's
 * business.
 */
export function initiativeChanges(older: DocJSON, newer: DocJSON): DiffBlock[] {
  return compareDocs(older, newer).blocks.filter((b) => b.kind !== 'same' && b.initiative !== undefined)
}
