import { describe, expect, it } from 'vitest'
import { readDataFile } from '../../../src/main/backend/datapakke/readDataFile'
import { fixture, readFixture } from './support'

describe('CSV files as Danish Excel and LibreOffice write them', () => {
  it('reads a Windows-1252 ";" file with decimal commas (written by LibreOffice, da-DK) with æøå right', async () => {
    const read = await readFixture('befolkning-1252.csv')
    const { table } = read.tables[0]
    expect(table.labelHeading).toBe('År')
    expect(table.columns).toEqual(['Mænd', 'Kvinder', 'Gennemsnitsalder'])
    expect(table.rows[0]).toEqual({ label: '2016', values: [1334, 1298, 41.5] })
    expect(table.rows).toHaveLength(11)
    expect(table.chart).toBe('line')
  })

  it('reads thousands dots as thousands, never as decimals (no factor 1000 error)', async () => {
    const read = await readFixture('aldersgrupper-tusindtal.csv')
    const { table, notes } = read.tables[0]
    expect(table.rows[0]).toEqual({ label: '0-5 år', values: [1042, 987, 6.4] })
    expect(table.rows[2].values).toEqual([9845, 9412, 61.2])
    // "987" and "1.042" alone could be either style: the column takes the file's (Danish) and says so.
    expect(notes).toContainEqual({
      key: 'ambiguous-numbers',
      values: { column: 'Indbyggere 2016', style: 'da' },
    })
  })

  it('reads the same table the same in UTF-8 with BOM, UTF-8 without, and UTF-16 LE/BE with BOM', async () => {
    const text = 'Område;Indbyggere\r\nØrslev;1.234\r\nÅrslev;"12,5"\r\n'
    const utf8 = new TextEncoder().encode(text)
    const le = new Uint8Array(2 + text.length * 2)
    le.set([0xff, 0xfe])
    const be = new Uint8Array(2 + text.length * 2)
    be.set([0xfe, 0xff])
    for (let i = 0; i < text.length; i++) {
      le[2 + i * 2] = text.charCodeAt(i) & 0xff
      le[3 + i * 2] = text.charCodeAt(i) >> 8
      be[2 + i * 2] = text.charCodeAt(i) >> 8
      be[3 + i * 2] = text.charCodeAt(i) & 0xff
    }
    for (const bytes of [utf8, new Uint8Array([0xef, 0xbb, 0xbf, ...utf8]), le, be]) {
      const read = await readDataFile('t.csv', bytes)
      if (read.status !== 'read') throw new Error(read.status)
      expect(read.tables[0].table.rows).toEqual([
        { label: 'Ørslev', values: [1234] },
        { label: 'Årslev', values: [12.5] },
      ])
    }
  })

  it('keeps quoted fields with the separator and line breaks in them whole', async () => {
    const csv = 'Spørgsmål;Antal\n"Cykelsti; gerne\nbelyst";4\n"Sagt ""tak""";7\n'
    const read = await readDataFile('q.csv', new TextEncoder().encode(csv))
    if (read.status !== 'read') throw new Error(read.status)
    expect(read.tables[0].table.rows.map((r) => r.label)).toEqual(['Cykelsti; gerne\nbelyst', 'Sagt "tak"'])
  })

  it('reads an English "," file with decimal points as English', async () => {
    const csv = 'Year,Population,Share\n2016,"1,234",0.25\n2017,"1,301",0.5\n'
    const read = await readDataFile('en.csv', new TextEncoder().encode(csv))
    if (read.status !== 'read') throw new Error(read.status)
    expect(read.tables[0].table.rows[0].values).toEqual([1234, 0.25])
  })

  it('reads tab-separated text (a paste from Excel saved as .txt)', async () => {
    const read = await readDataFile(
      'p.txt',
      new TextEncoder().encode('År\tIndbyggere\n2016\t655\n2026\t612\n'),
    )
    if (read.status !== 'read') throw new Error(read.status)
    expect(read.tables[0].table.rows).toEqual([
      { label: '2016', values: [655] },
      { label: '2026', values: [612] },
    ])
  })

  it('asks which encoding when the bytes fit no encoding it can tell, and reads it with the answer', async () => {
    // 0x8D and 0x9D are undefined in Windows-1252 and invalid UTF-8: a Mac or DOS file.
    const bytes = new Uint8Array([
      ...new TextEncoder().encode('By;Antal\nL'),
      0x8d,
      0x9d,
      ...new TextEncoder().encode('se;12\n'),
    ])
    const asked = await readDataFile('mac.csv', bytes)
    expect(asked.status).toBe('ask-encoding')
    if (asked.status !== 'ask-encoding') return
    expect(asked.candidates.map((c) => c.encoding)).toContain('macintosh')
    const read = await readDataFile('mac.csv', bytes, 'macintosh')
    expect(read.status).toBe('read')
  })

  it('says which cells in a number column are not numbers instead of reading them as 0', async () => {
    const read = await readDataFile(
      'x.csv',
      new TextEncoder().encode('År;Antal\n2016;12\n2017;ca. 14\n2018;..\n'),
    )
    if (read.status !== 'read') throw new Error(read.status)
    const { table, notes } = read.tables[0]
    expect(table.rows.map((r) => r.values[0])).toEqual([12, null, null])
    expect(notes).toContainEqual({
      key: 'not-numbers',
      values: { column: 'Antal', count: 1, example: 'ca. 14' },
    })
  })

  it('flags cells of fewer than five people', async () => {
    const read = await readFixture('befolkning-1252.csv')
    expect(read.tables[0].flagged).toEqual([])
    const small = await readDataFile('s.csv', fixture('aldersgrupper-tusindtal.csv'))
    expect(small.status).toBe('read')
    const few = await readDataFile(
      'f.csv',
      new TextEncoder().encode('Vej;Børn;Andel %\nByvej;3;1,5\nKirkevej;12;4\n'),
    )
    if (few.status !== 'read') throw new Error(few.status)
    expect(few.tables[0].flagged).toEqual([{ row: 0, column: 0, value: 3 }])
  })
})
