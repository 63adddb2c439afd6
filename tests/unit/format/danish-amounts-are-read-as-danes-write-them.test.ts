import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import {
  AMOUNT_LIMITS,
  parseAmount,
  type AmountKind,
  type AmountRefusal,
} from '../../../src/shared/format/danishNumber'
import { formatKr, formatKroner, formatNumber, type Lang } from '../../../src/shared/derive/format'

type Row = [input: string, kind: AmountKind, lang: Lang, expected: number | null | AmountRefusal]

const NBSP = '\u00a0'
const NNBSP = '\u202f'

// Real entries, as council volunteers type them into Budget, Egenfinansiering and Frivillige timer.
const TABLE: Row[] = [
  // Danish, understood
  ['1.250.000,50', 'kr', 'da', 1250000.5],
  ['12.500,00', 'kr', 'da', 12500],
  ['12.500', 'kr', 'da', 12500],
  ['12500', 'kr', 'da', 12500],
  ['12 500', 'kr', 'da', 12500],
  [`12${NBSP}500`, 'kr', 'da', 12500],
  [`1${NNBSP}250${NNBSP}000`, 'kr', 'da', 1250000],
  ['12 500,75', 'kr', 'da', 12500.75],
  ['1,5 mio', 'kr', 'da', 1500000],
  ['1,5 mio.', 'kr', 'da', 1500000],
  ['1,5 mio. kr.', 'kr', 'da', 1500000],
  ['2 mio', 'kr', 'da', 2000000],
  ['2 mill.', 'kr', 'da', 2000000],
  ['1,25 millioner kr.', 'kr', 'da', 1250000],
  ['0,5 mia.', 'kr', 'da', 500000000],
  ['750 t.kr.', 'kr', 'da', 750000],
  ['750 tkr.', 'kr', 'da', 750000],
  ['750.000', 'kr', 'da', 750000],
  ['750 k', 'kr', 'da', 750000],
  ['kr. 12.500', 'kr', 'da', 12500],
  ['Kr 12.500', 'kr', 'da', 12500],
  ['12.500 kr.', 'kr', 'da', 12500],
  ['12.500 kr', 'kr', 'da', 12500],
  ['12500kr', 'kr', 'da', 12500],
  ['12.500,-', 'kr', 'da', 12500],
  ['12.500,- kr.', 'kr', 'da', 12500],
  ['DKK 40.000', 'kr', 'da', 40000],
  ['12,500', 'kr', 'da', 12.5],
  ['0', 'kr', 'da', 0],
  ['0,05', 'kr', 'da', 0.05],
  ['  45.000  ', 'kr', 'da', 45000],
  ['', 'kr', 'da', null],
  ['   ', 'kr', 'da', null],
  ['1.000.000.000.000', 'kr', 'da', 1e12],
  // Danish, refused
  ['1.5', 'kr', 'da', 'decimal-point'],
  ['1.50', 'kr', 'da', 'decimal-point'],
  ['12.5000', 'kr', 'da', 'decimal-point'],
  ['0.500', 'kr', 'da', 'decimal-point'],
  ['12,505', 'kr', 'da', 'too-many-decimals'],
  ['-500', 'kr', 'da', 'negative'],
  ['−1,5 mio', 'kr', 'da', 'negative'],
  ['kr. -12.500', 'kr', 'da', 'negative'],
  ['500-', 'kr', 'da', 'negative'],
  ['ca. 12.000', 'kr', 'da', 'not-a-number'],
  ['12-15.000', 'kr', 'da', 'not-a-number'],
  ['1.250 000', 'kr', 'da', 'not-a-number'],
  ['1 2', 'kr', 'da', 'not-a-number'],
  ['1,250,000', 'kr', 'da', 'not-a-number'],
  ['½ mio', 'kr', 'da', 'not-a-number'],
  ['1e6', 'kr', 'da', 'not-a-number'],
  ['12.', 'kr', 'da', 'not-a-number'],
  ['kr. 12.500 kr.', 'kr', 'da', 'not-a-number'],
  ['2 m', 'kr', 'da', 'not-a-number'],
  ['12 timer', 'kr', 'da', 'wrong-unit'],
  ['1.000.000.000.001', 'kr', 'da', 'too-large'],
  ['2000 mia.', 'kr', 'da', 'too-large'],
  // Hours
  ['12,5', 'hours', 'da', 12.5],
  ['12 t', 'hours', 'da', 12],
  ['12 t.', 'hours', 'da', 12],
  ['12 timer', 'hours', 'da', 12],
  ['1 time', 'hours', 'da', 1],
  ['1.200 timer', 'hours', 'da', 1200],
  ['12,5 t', 'hours', 'da', 12.5],
  ['12 kr.', 'hours', 'da', 'wrong-unit'],
  ['2 mio', 'hours', 'da', 'wrong-unit'],
  ['12.500,-', 'hours', 'da', 'wrong-unit'],
  ['-3 timer', 'hours', 'da', 'negative'],
  ['10.000.001', 'hours', 'da', 'too-large'],
  ['12,333', 'hours', 'da', 'too-many-decimals'],
  // English UI
  ['12,500.50', 'kr', 'en', 12500.5],
  ['1,250,000', 'kr', 'en', 1250000],
  ['DKK 12,500', 'kr', 'en', 12500],
  ['1.5 million', 'kr', 'en', 1500000],
  ['1.5m', 'kr', 'en', 1500000],
  ['12.500', 'kr', 'en', 12.5],
  ['1,5', 'kr', 'en', 'decimal-comma'],
  ['1.250.000,50', 'kr', 'en', 'decimal-point'],
  ['12.5 hours', 'hours', 'en', 12.5],
]

describe('parseAmount reads amounts as they are written', () => {
  it('has a table of at least 40 real inputs', () => expect(TABLE.length).toBeGreaterThanOrEqual(40))

  it.each(TABLE)('%j as %s (%s)', (input, kind, lang, expected) => {
    const got = parseAmount(input, kind, lang)
    if (typeof expected === 'string') expect(got).toEqual({ ok: false, reason: expected })
    else expect(got).toEqual({ ok: true, value: expected })
  })
})

// Every amount the document accepts: finite, >= 0, at most two decimals, within the kind's limit.
const amount = (kind: AmountKind) =>
  fc.integer({ min: 0, max: AMOUNT_LIMITS[kind] * 100 }).map((cents) => cents / 100)

describe('what the app writes, it reads back', () => {
  for (const lang of ['da', 'en'] as const) {
    it(`money in ${lang}: the field's text and the worded amount both parse back exactly`, () => {
      fc.assert(
        fc.property(amount('kr'), (x) => {
          expect(parseAmount(formatKroner(x, lang), 'kr', lang)).toEqual({ ok: true, value: x })
          expect(parseAmount(formatKr(x, lang), 'kr', lang)).toEqual({ ok: true, value: x })
        }),
        { numRuns: 2000 },
      )
    })
    it(`hours in ${lang} parse back exactly`, () => {
      fc.assert(
        fc.property(amount('hours'), (x) => {
          expect(parseAmount(formatNumber(x, lang), 'hours', lang)).toEqual({ ok: true, value: x })
        }),
        { numRuns: 2000 },
      )
    })
  }

  it('words money Danish in Danish and English in English', () => {
    expect(formatKr(1250000.5, 'da')).toBe('1.250.000,50 kr.')
    expect(formatKr(1250000.5, 'en')).toBe('DKK 1,250,000.50')
    expect(formatKr(12500, 'da')).toBe('12.500 kr.')
    expect(formatNumber(12.5, 'da')).toBe('12,5')
    expect(formatNumber(12.5, 'en')).toBe('12.5')
  })
})
