import { describe, expect, it } from 'vitest'
import { formatKr, formatMonthRange } from '../../../src/shared/derive'

describe('formatKr', () => {
  it('groups thousands the Danish and the English way', () => {
    expect(formatKr(1250000, 'da')).toBe('1.250.000 kr.')
    expect(formatKr(1250000, 'en')).toBe('DKK 1,250,000')
    expect(formatKr(0, 'da')).toBe('0 kr.')
    expect(formatKr(999, 'da')).toBe('999 kr.')
  })
  it('says nothing for an unknown amount', () => {
    expect(formatKr(null, 'da')).toBe('')
    expect(formatKr(Number.NaN, 'en')).toBe('')
  })
})

describe('formatMonthRange', () => {
  it('words a range, one side, the same month and nothing', () => {
    expect(formatMonthRange('2027-03', '2027-12', 'da')).toBe('mar. 2027 – dec. 2027')
    expect(formatMonthRange('2027-05', '2027-05', 'da')).toBe('maj 2027')
    expect(formatMonthRange('2027-03', '', 'da')).toBe('fra mar. 2027')
    expect(formatMonthRange('', '2028-01', 'en')).toBe('until Jan 2028')
    expect(formatMonthRange('', '', 'da')).toBe('')
    expect(formatMonthRange('garbage', '2027-13', 'da')).toBe('')
  })
})
