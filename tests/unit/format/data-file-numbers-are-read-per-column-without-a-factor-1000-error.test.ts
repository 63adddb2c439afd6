import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { decideNumberStyle, numberStylesOf, readDataNumber } from '../../../src/shared/format/danishNumber'

/** A number as Danish Excel shows it: thousands dots (or none), a decimal comma. */
function danish(value: number, decimals: number, group: boolean): string {
  const [int, frac] = Math.abs(value).toFixed(decimals).split('.')
  const grouped = group ? int.replace(/\B(?=(\d{3})+(?!\d))/g, '.') : int
  return (value < 0 ? '-' : '') + grouped + (frac ? ',' + frac : '')
}
const english = (text: string) => text.replace(/[.,]/g, (m) => (m === '.' ? ',' : '.'))

const amount = fc.record({
  value: fc.double({ min: -1e9, max: 1e9, noNaN: true }),
  decimals: fc.integer({ min: 0, max: 3 }),
  group: fc.boolean(),
})

describe('numbers in data files', () => {
  it('a Danish formatted number reads back as itself in Danish style, whatever its grouping', () => {
    fc.assert(
      fc.property(amount, ({ value, decimals, group }) => {
        const text = danish(value, decimals, group)
        const exact = Number(Math.abs(value).toFixed(decimals)) * (value < 0 ? -1 : 1)
        expect(readDataNumber(text, 'da')).toBeCloseTo(exact, 6)
        expect(readDataNumber(english(text), 'en')).toBeCloseTo(exact, 6)
      }),
    )
  })

  it('a column of Danish numbers is never read 100 or 1000 times off: every cell reads the same in the decided style', () => {
    fc.assert(
      fc.property(fc.array(amount, { minLength: 1, maxLength: 20 }), (cells) => {
        const texts = cells.map((c) => danish(c.value, c.decimals, c.group))
        const decided = decideNumberStyle(texts, 'da')
        expect(decided.conflict).toBe(false)
        texts.forEach((t, i) => {
          const exact =
            Number(Math.abs(cells[i].value).toFixed(cells[i].decimals)) * (cells[i].value < 0 ? -1 : 1)
          expect(readDataNumber(t, decided.style)).toBeCloseTo(exact, 6)
        })
      }),
    )
  })

  it('fixed cases: "1.234" is 1234 in Danish, "1,5" is 1,5, and only-ambiguous columns say so', () => {
    expect(readDataNumber('1.234', 'da')).toBe(1234)
    expect(readDataNumber('1,5', 'da')).toBe(1.5)
    expect(readDataNumber('1.234,5', 'da')).toBe(1234.5)
    expect(readDataNumber('1 234,5', 'da')).toBe(1234.5)
    expect(readDataNumber('12,5%', 'da')).toBe(12.5)
    expect(readDataNumber('-1.234', 'da')).toBe(-1234)
    expect(readDataNumber('1.23', 'da')).toBeNull()
    expect(readDataNumber('1.234.5', 'da')).toBeNull()
    expect(readDataNumber('1,234', 'en')).toBe(1234)
    expect(numberStylesOf('1,5')).toEqual(['da'])
    expect(numberStylesOf('0.25')).toEqual(['en'])
    expect(numberStylesOf('1.234')).toEqual(['da', 'en'])
    expect(decideNumberStyle(['1.234', '987'], 'da')).toEqual({
      style: 'da',
      ambiguous: true,
      conflict: false,
    })
    expect(decideNumberStyle(['1.234', '1,5'], 'en')).toEqual({
      style: 'da',
      ambiguous: false,
      conflict: false,
    })
    expect(decideNumberStyle(['1,5', '0.25'], 'da')).toEqual({
      style: 'da',
      ambiguous: false,
      conflict: true,
    })
  })
})
