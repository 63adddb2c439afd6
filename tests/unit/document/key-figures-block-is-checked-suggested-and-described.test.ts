import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import { checkDocument } from '../../../src/shared/document/validate'
import { suggestChartKind } from '../../../src/shared/document/keyFigures/suggestChart'
import { keyFiguresAltText } from '../../../src/shared/document/keyFigures/altText'
import { readFigure, tableFromTsv } from '../../../src/shared/document/keyFigures/pasteTable'
import { smallCounts } from '../../../src/shared/document/keyFigures/privacy'
import { KEY_FIGURES_DEFAULTS } from '../../../src/shared/document/keyFigures/keyFiguresNode'
import type { KeyFigureTable } from '../../../src/shared/model/keyFigures'
import { AGES, POPULATION } from '../export/fixtures/keyFiguresPlan'

const docWith = (attrs: unknown) => ({ type: 'doc', content: [{ type: 'keyFigures', attrs }] })

describe('a Nøgletal block in the document', () => {
  it('is accepted with a whole table, and as inserted (empty)', () => {
    expect(checkDocument(docWith(POPULATION)).ok).toBe(true)
    expect(checkDocument(docWith(KEY_FIGURES_DEFAULTS)).ok).toBe(true)
    expect(checkDocument(docWith(undefined)).ok).toBe(true)
  })

  it('is refused when a row has too few values, a value is text or a chart kind is unknown', () => {
    const short = { ...AGES, rows: [{ label: '0-9 år', values: [3] }] }
    expect(checkDocument(docWith(short))).toMatchObject({ ok: false })
    const text = { ...POPULATION, rows: [{ label: '2016', values: ['655'] }] }
    expect(checkDocument(docWith(text))).toMatchObject({ ok: false })
    expect(checkDocument(docWith({ ...POPULATION, chart: 'pie' }))).toMatchObject({ ok: false })
    expect(
      checkDocument(docWith({ ...POPULATION, rows: [{ label: '2016', values: [Infinity] }] })),
    ).toMatchObject({ ok: false })
  })

  it('is refused with any value that is not a finite number or null (property)', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.constant(NaN), fc.boolean(), fc.object()), (bad) => {
        const t = { ...POPULATION, rows: [{ label: '2016', values: [bad] }] }
        expect(checkDocument(docWith(t)).ok).toBe(false)
      }),
      { numRuns: 50 },
    )
  })
})

const table = (labels: string[], columns: string[], unit = ''): KeyFigureTable => ({
  ...KEY_FIGURES_DEFAULTS,
  columns,
  unit,
  rows: labels.map((label, i) => ({ label, values: columns.map((_, j) => 10 + i + j) })),
})

describe('the chart suggested from the data', () => {
  it('is a line for ten years, columns for three years', () => {
    expect(suggestChartKind(POPULATION)).toBe('line')
    expect(suggestChartKind(table(['2024', '2025', '2026'], ['Indbyggere']))).toBe('columns')
  })
  it('is a pyramid for men and women by age, whichever order', () => {
    expect(suggestChartKind({ ...AGES, chart: 'columns' })).toBe('pyramid')
    expect(suggestChartKind(table(['0-4', '5-9', '10-14', '85+'], ['Kvinder', 'Mænd']))).toBe('pyramid')
    expect(suggestChartKind(table(['0-4', '5-9', '10-14'], ['Skive', 'Viborg']))).toBe('columns')
  })
  it('is stacked for shares adding up to 100 %, bars for long labels', () => {
    const shares: KeyFigureTable = {
      ...KEY_FIGURES_DEFAULTS,
      unit: '%',
      columns: ['Ja', 'Nej'],
      rows: [
        { label: 'Sti', values: [60, 40] },
        { label: 'Hal', values: [25.5, 74.5] },
      ],
    }
    expect(suggestChartKind(shares)).toBe('stacked')
    expect(suggestChartKind(table(['Arbejder i Skive Kommune', 'Pendler ud af kommunen'], ['Antal']))).toBe(
      'bars',
    )
  })
})

describe('the alt text made from the data', () => {
  it('says where a development over years starts and ends, in Danish', () => {
    const t = { ...POPULATION, unit: '' }
    expect(keyFiguresAltText(t, 'da')).toBe('Indbyggere 2016-2026: fra 655 til 612')
    expect(
      keyFiguresAltText(
        {
          ...t,
          rows: [
            { label: '2016', values: [1234.5] },
            { label: '2026', values: [1100] },
          ],
        },
        'da',
      ),
    ).toBe('Indbyggere 2016-2026: fra 1.234,5 til 1.100')
  })
  it('names each series when there are several, and says so when there are no figures', () => {
    const two = table(['2016', '2026'], ['Mænd', 'Kvinder'])
    expect(keyFiguresAltText({ ...two, title: 'Køn' }, 'da')).toBe(
      'Køn 2016-2026: Mænd fra 10 til 11, Kvinder fra 11 til 12',
    )
    expect(keyFiguresAltText({ ...KEY_FIGURES_DEFAULTS, title: 'Tom' }, 'da')).toBe('Tom: ingen tal')
  })
})

describe('a paste from Excel into the grid', () => {
  it('reads headings, labels and Danish numbers, and leaves text where a number belongs empty', () => {
    const tsv = 'Alder\tMænd\tKvinder\r\n0-9 år\t1.234,5\t29\r\n10-19 år\tfem\t\r\n'
    const pasted = tableFromTsv(tsv, 'da')
    expect(pasted?.data).toEqual({
      labelHeading: 'Alder',
      columns: ['Mænd', 'Kvinder'],
      rows: [
        { label: '0-9 år', values: [1234.5, 29] },
        { label: '10-19 år', values: [null, null] },
      ],
    })
    expect(pasted?.unread).toBe(1)
  })
  it('is no table for one value, and keeps a formula as text, never a number', () => {
    expect(tableFromTsv('655', 'da')).toBeNull()
    const pasted = tableFromTsv('=HYPERLINK("x")\t=1+1\n2016\t655', 'da')
    expect(pasted?.data.columns).toEqual(['=1+1'])
    expect(pasted?.data.labelHeading).toBe('=HYPERLINK("x")')
  })
  it('reads signs, percent and missing values', () => {
    expect(readFigure('-12', 'da')).toBe(-12)
    expect(readFigure('12,5 %', 'da')).toBe(12.5)
    expect(readFigure('..', 'da')).toBeNull()
    expect(readFigure('1.5', 'da')).toBeUndefined()
  })
})

describe('the privacy warning', () => {
  it('finds counts of one to four people, and none in percentages', () => {
    const t: KeyFigureTable = { ...AGES, rows: [{ label: '80+ år', values: [3, 0] }] }
    expect(smallCounts(t)).toEqual([{ row: 0, column: 0 }])
    expect(smallCounts({ ...t, unit: '%' })).toEqual([])
  })
})
