import type { Catalogue } from '../model/catalogue'
import type { Labels } from './labels'

/**
 * The appendix's two tables, as the Word file and the PDF show them: where the focus-area
 * catalogue comes from (only what is filled in), and its focus areas (number, title, description).
 */
export function appendixRows(catalogue: Catalogue, labels: Labels) {
  const l = labels.appendix
  const source = (
    [
      [l.municipality, catalogue.municipality],
      [l.title, catalogue.title],
      [l.adopted, catalogue.adopted],
      [l.version, catalogue.version],
      [l.goal, catalogue.goal],
      [l.source, catalogue.source],
    ] as [string, string][]
  ).filter(([, v]) => v.trim() !== '')
  const areas = catalogue.focusAreas.map((a) => [
    a.number != null ? String(a.number) : '',
    a.title,
    a.description,
  ])
  return { source, header: [l.number, l.focusArea, l.description], areas }
}
