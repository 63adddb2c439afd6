import { describe, expect, it } from 'vitest'
import { formatMonthLong, formatMonthShort, parseMonth } from '../../../src/shared/format/months'

describe('parseMonth', () => {
  it.each([
    ['mar 2027', '2027-03'],
    ['mar. 2027', '2027-03'],
    ['marts 2027', '2027-03'],
    ['Marts 2027', '2027-03'],
    ['March 2027', '2027-03'],
    ['maj 2026', '2026-05'],
    ['May 2026', '2026-05'],
    ['okt 2028', '2028-10'],
    ['oct 2028', '2028-10'],
    ['december, 2027', '2027-12'],
    ['sep 27', '2027-09'],
    ['3/2027', '2027-03'],
    ['03/2027', '2027-03'],
    ['03-2027', '2027-03'],
    ['3.2027', '2027-03'],
    ['3.27', '2027-03'],
    ['12/27', '2027-12'],
    ['2027-03', '2027-03'],
    ['2027/3', '2027-03'],
    ['  aug   2026 ', '2026-08'],
    ['', ''],
    ['   ', ''],
  ])('%j is %j', (typed, stored) => {
    expect(parseMonth(typed)).toBe(stored)
  })

  it.each([
    'ma 2027', // two letters could be marts or maj
    'mxr 2027',
    '13/2027',
    '0/2027',
    '2027-13',
    '3/202',
    '3',
    '2027',
    'marts',
    'næste forår',
    '1.250.000',
    '3/2027/1',
  ])('%j is not understood (null: refused, never guessed)', (typed) => {
    expect(parseMonth(typed)).toBeNull()
  })
})

describe('month wording', () => {
  it('writes a stored month in full and short, per language', () => {
    expect(formatMonthLong('2027-03', 'da')).toBe('marts 2027')
    expect(formatMonthLong('2027-03', 'en')).toBe('March 2027')
    expect(formatMonthShort('2027-05', 'da')).toBe('maj 2027')
    expect(formatMonthShort('2027-10', 'en')).toBe('Oct 2027')
    expect(formatMonthLong('2027-3', 'da')).toBe('')
  })
  it('reads back what it writes, for every month in both languages', () => {
    for (let m = 1; m <= 12; m++) {
      const v = `2030-${String(m).padStart(2, '0')}`
      for (const lang of ['da', 'en'] as const) {
        expect(parseMonth(formatMonthLong(v, lang))).toBe(v)
        expect(parseMonth(formatMonthShort(v, lang))).toBe(v)
      }
    }
  })
})
