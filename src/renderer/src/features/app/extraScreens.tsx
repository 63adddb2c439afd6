import { CataloguesScreen } from '../catalogues/CataloguesScreen'

/** Screens that features plug in: the catalogue manager belongs to the focus-area feature. */
export const screens = { Catalogues: CataloguesScreen }
