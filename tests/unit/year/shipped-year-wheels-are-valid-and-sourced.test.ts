import { readdirSync, readFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { parseYearWheelFile } from '../../../src/shared/model/yearWheelValidation'

const dir = resolve(__dirname, '../../../resources/year-wheels')
const files = readdirSync(dir).filter((f) => f.endsWith('.json'))

describe('shipped year wheels', () => {
  it('are only the Billund wheel, the one with a public source', () => {
    expect(files).toEqual(['billund-landdistrikter.json'])
  })

  for (const file of files) {
    it(`${file} passes the import check and names a public source with the day it was read`, () => {
      const wheel = parseYearWheelFile(readFileSync(join(dir, file), 'utf8'))
      expect(wheel.id).toBe(file.replace(/\.json$/, ''))
      expect(wheel.source.url).toMatch(/^https:\/\//)
      expect(wheel.source.date).toMatch(/^\d{4}-\d{2}-\d{2}$/)
      expect(wheel.events.length).toBeGreaterThan(0)
    })
  }

  it("Billund's wheel holds only what its pages give a month for: the theme and budget meeting in June", () => {
    const wheel = parseYearWheelFile(readFileSync(join(dir, 'billund-landdistrikter.json'), 'utf8'))
    expect(wheel.events.map((e) => [e.name, e.kind, e.months, e.dates])).toEqual([
      ['Tema- og budgetmøde', 'meeting', [6], []],
    ])
  })
})
