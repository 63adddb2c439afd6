import { describe, expect, it } from 'vitest'
import { readFixture } from './support'
import { readXlsx } from '../../../src/main/backend/datapakke/readXlsx'
import { fixture } from './support'

describe('XLSX files (written by LibreOffice from CSV)', () => {
  it('reads a sheet of numbers as a table, years down the side', async () => {
    const read = await readFixture('befolkning.xlsx')
    expect(read.tables).toHaveLength(1)
    const { table } = read.tables[0]
    expect(table.columns).toEqual(['Mænd', 'Kvinder', 'Gennemsnitsalder'])
    expect(table.rows[0]).toEqual({ label: '2016', values: [1334, 1298, 41.5] })
    expect(table.rows.at(-1)).toEqual({ label: '2026', values: [1296, 1251, 44.1] })
  })

  it('lists every sheet by name', async () => {
    const sheets = await readXlsx(fixture('befolkning.xlsx'))
    expect(sheets.map((s) => s.name)).toEqual(['befolkning'])
  })

  it('gives a formula cell its cached value as text, never the formula, never evaluated by us', async () => {
    const read = await readFixture('formler.xlsx')
    const labels = read.tables[0].table.rows.map((r) => r.label)
    // LibreOffice turned "=HYPERLINK(...)" and "=1+1" into formulas; what we read is what it cached.
    expect(labels).toEqual(['Ørslev', '2', 'Sørbymagle'])
    expect(JSON.stringify(read)).not.toMatch(/HYPERLINK|=1\+1/)
    expect(read.tables[0].flagged).toEqual([{ row: 2, column: 0, value: 4 }])
  })
})
