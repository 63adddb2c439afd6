import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { readDataFile, readDatapakkeFolder } from '../../../src/main/backend/datapakke/readDataFile'
import { writeZip } from '../../../src/main/backend/zip/writeZip'
import { fixture, reasonOf } from './support'

const PACKAGE = ['befolkning-1252.csv', 'folk1a.px', 'befolkning.xlsx', 'google.csv']

describe('a datapakke folder or zip', () => {
  it('offers every table and survey of a zip, each with a preview of its first rows and its size', async () => {
    const zip = writeZip([
      ...PACKAGE.map((n) => ({ path: `analyse/${n}`, data: fixture(n) })),
      { path: 'analyse/læsmig.pdf', data: new Uint8Array([37, 80, 68, 70]) },
    ])
    const read = await readDataFile('datapakke.zip', zip)
    if (read.status !== 'read') throw new Error(read.status)
    expect(read.tables.map((t) => t.name)).toEqual([
      'datapakke.zip › befolkning-1252.csv',
      'datapakke.zip › befolkning.xlsx',
      'datapakke.zip › folk1a.px',
    ])
    expect(read.surveys.map((s) => s.name)).toEqual(['datapakke.zip › google.csv'])
    const csv = read.tables[0]
    expect(csv.preview[0]).toEqual(['År', 'Mænd', 'Kvinder', 'Gennemsnitsalder'])
    expect(csv.preview[1]).toEqual(['2016', '1334', '1298', '41,5'])
    expect(csv.size).toEqual({ rows: 11, columns: 4 })
  })

  it('reads a folder the same way and lists an unreadable file as skipped, with its reason', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'pv-datapakke-'))
    for (const n of PACKAGE) writeFileSync(join(dir, n), fixture(n))
    writeFileSync(join(dir, 'tom.csv'), '')
    const read = await readDatapakkeFolder(dir)
    if (read.status !== 'read') throw new Error(read.status)
    expect(read.tables).toHaveLength(3)
    expect(read.skipped).toEqual([{ name: expect.stringContaining('tom.csv'), reason: 'empty-data-file' }])
  })

  it('refuses a zip bomb (.zip or .xlsx) by the Word import limits before anything is read', async () => {
    const zeros = new Uint8Array(60 * 1024 * 1024)
    const bomb = writeZip(
      [
        { path: 'xl/workbook.xml', data: new TextEncoder().encode('<x/>') },
        { path: 'xl/worksheets/sheet1.xml', data: zeros },
      ],
      9,
    )
    expect(bomb.length).toBeLessThan(1024 * 1024)
    expect(await reasonOf(readDataFile('bombe.xlsx', bomb))).toBe('ratio')
    expect(await reasonOf(readDataFile('bombe.zip', bomb))).toBe('ratio')
  })

  it('refuses a file over the Word import size limit', async () => {
    expect(await reasonOf(readDataFile('stor.csv', new Uint8Array(51 * 1024 * 1024)))).toBe('size')
  })
})
