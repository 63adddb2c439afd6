export type CatalogueSummary = {
  id: string
  municipality: string
  title: string
  version: string
  adopted: string
  focusAreaCount: number
  /** Shipped catalogues come from resources/catalogues and cannot be deleted, only copied. */
  builtIn: boolean
}
