import type { Catalogue } from '../../model/catalogue'
import { compareCatalogueVersions } from '../../model/catalogueVersion'
import type { OverviewEntry } from '../../model/overview'
import { catalogueUpgrade, type CatalogueUpgrade } from '../catalogueUpgrade'

/**
 * Where a plan stands against the catalogue the consultant chose: on it (`same`), on an older
 * version of it (`older`, with what moving to the chosen one would change), on a newer one, on
 * another catalogue altogether, or on none.
 */
export type CatalogueStanding =
  | { kind: 'same' }
  | { kind: 'older'; version: string; upgrade: CatalogueUpgrade }
  | { kind: 'newer'; version: string }
  | { kind: 'other'; title: string; version: string }
  | { kind: 'none' }

export function catalogueStanding(entry: OverviewEntry, chosen: Catalogue): CatalogueStanding {
  const own = entry.catalogue
  if (!own) return { kind: 'none' }
  if (own.id !== chosen.id) return { kind: 'other', title: own.title, version: own.version }
  const order = compareCatalogueVersions(own.version, chosen.version)
  if (order < 0)
    return { kind: 'older', version: own.version, upgrade: catalogueUpgrade(own, chosen, entry.doc) }
  if (order > 0) return { kind: 'newer', version: own.version }
  return { kind: 'same' }
}
