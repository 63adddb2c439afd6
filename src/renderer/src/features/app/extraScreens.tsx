import { CataloguesScreen } from '../catalogues/CataloguesScreen'
import { YearScreen } from '../year/YearScreen'

/** Screens that features plug in: the catalogue manager belongs to the focus-area feature, the
 * year wheel to the year feature. */
export const screens = { Catalogues: CataloguesScreen, Year: YearScreen }
