import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { parseCatalogueFile } from '../../../src/shared/model/catalogueValidation'
import { RESOURCES } from './helpers'

const dir = join(RESOURCES, 'catalogues')
const files = readdirSync(dir).filter((f) => f.endsWith('.json'))

/** WCAG relative luminance and contrast, to keep white chip text readable on every colour. */
function luminance(hex: string): number {
  const [r, g, b] = [1, 3, 5].map((i) => {
    const c = parseInt(hex.slice(i, i + 2), 16) / 255
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4
  })
  return 0.2126 * r + 0.7152 * g + 0.0722 * b
}
const contrastWithWhite = (hex: string) => 1.05 / (luminance(hex) + 0.05)

describe('shipped catalogues', () => {
  it('are the three lists DOMAIN.md names', () => {
    expect(files.sort()).toEqual([
      'kalundborg-kommuneplan-2017.json',
      'lag-vejen.json',
      'lf-landdistriktsplan-2024.json',
    ])
  })

  for (const file of files) {
    describe(file, () => {
      const catalogue = parseCatalogueFile(readFileSync(join(dir, file), 'utf8'))

      it('is named after its id and names its source', () => {
        expect(`${catalogue.id}.json`).toBe(file)
        expect(catalogue.source.length).toBeGreaterThan(10)
      })

      it('numbers its focus areas and describes each in Danish', () => {
        catalogue.focusAreas.forEach((a, i) => {
          expect(a.number).toBe(i + 1)
          expect(a.description.length).toBeGreaterThan(10)
        })
      })

      it('uses distinct colours that keep white text at WCAG AA contrast', () => {
        const colours = catalogue.focusAreas.map((a) => a.colour.toLowerCase())
        expect(new Set(colours).size).toBe(colours.length)
        for (const c of colours) expect(contrastWithWhite(c)).toBeGreaterThanOrEqual(4.5)
      })
    })
  }
})
