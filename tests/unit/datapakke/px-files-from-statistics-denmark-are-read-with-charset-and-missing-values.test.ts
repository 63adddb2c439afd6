import { describe, expect, it } from 'vitest'
import { readPx } from '../../../src/main/backend/datapakke/readPx'
import { defaultPivot, needsPivotChoice, pivotPx } from '../../../src/shared/derive/pivotPx'
import { fixture, readFixture, reasonOf } from './support'

// The PX fixtures are hand-written in Statistics Denmark's shape (FOLK1A, CHARSET="ANSI", TIMEVAL)
// and saved as Windows-1252, as the Statbank writes them.
describe('PX files (PC-Axis, hand-made in Statistics Denmark’s shape)', () => {
  it('reads FOLK1A: Windows-1252 text, title, source line, unit, time down the side', async () => {
    const read = await readFixture('folk1a.px')
    const { table, notes } = read.tables[0]
    expect(table.title).toBe('Befolkningen den 1. i kvartalet efter område, køn og tid')
    expect(table.source).toBe('Kilde: Danmarks Statistik, FOLK1A, 2026')
    expect(table.unit).toBe('personer')
    expect(table.labelHeading).toBe('tid')
    expect(table.columns).toEqual(['Mænd', 'Kvinder'])
    expect(table.rows[0]).toEqual({ label: '2016K1', values: [332, 323] })
    expect(table.rows[9]).toEqual({ label: '2025K1', values: [308, null] })
    expect(table.chart).toBe('line')
    expect(notes).toContainEqual({
      key: 'px-missing',
      values: { code: '..', meaning: 'datapakke:missing.dot2' },
    })
  })

  it('gives a cube of more dimensions to the user to pivot, with a first layout', () => {
    const cube = readPx(fixture('alder.px'), 'alder')
    expect(cube.dimensions.map((d) => [d.name, d.values.length, d.time])).toEqual([
      ['område', 2, false],
      ['alder', 4, false],
      ['køn', 2, false],
      ['tid', 2, true],
    ])
    expect(needsPivotChoice(cube)).toBe(true)
    const first = pivotPx(cube, defaultPivot(cube))
    expect(first.labelHeading).toBe('tid')
    expect(first.columns).toEqual(['0-5 år', '6-16 år', '17-64 år', '65 år og derover'])
    // Ørslev, Mænd: 0-5 år 12/11, 6-16 år 30/28, ...
    expect(first.rows[0].values).toEqual([12, 30, 180, 60])
    // Bjergby, Kvinder, across age, down time: the pyramid's other side.
    const bjergbyWomen = pivotPx(cube, { rows: 1, columns: 3, fixed: { '0': 1, '2': 1 } })
    expect(bjergbyWomen.title).toBe('Befolkningen efter område, alder, køn og tid, Bjergby, Kvinder')
    expect(bjergbyWomen.rows.map((r) => r.values)).toEqual([
      [4, 3],
      [null, 7],
      [39, 40],
      [null, 18],
    ])
    expect(cube.missing.map((m) => m.code).sort()).toEqual(['-', '..'])
  })

  it('flags the small counts of the first layout', async () => {
    const read = await readFixture('alder.px')
    expect(read.tables[0].cube).toBeDefined()
    expect(read.tables[0].flagged).toEqual([])
    const cube = read.tables[0].cube!
    const t = pivotPx(cube, { rows: 1, columns: 3, fixed: { '0': 1, '2': 0 } })
    expect(t.rows[0].values).toEqual([3, 2])
  })

  it('locates a malformed PX file by line', async () => {
    const good = new TextDecoder('windows-1252').decode(fixture('folk1a.px'))
    const cases: [string, number][] = [
      [good.replace('323 321 320', '323 abc 320'), 28],
      [good.replace('"Sorø Landsogn";', '"Sorø Landsogn"'), 16],
      [good.replace(' ".." 307', ''), 29],
      [good.replace('DATA=', 'DATA'), 26],
    ]
    for (const [text, line] of cases) {
      let caught: unknown
      try {
        readPx(
          Uint8Array.from(text, (c) => c.charCodeAt(0)),
          'x',
        )
      } catch (err) {
        caught = err
      }
      expect(
        (caught as { details: { reason: string; line: number } }).details,
        text.slice(0, 0),
      ).toMatchObject({ reason: 'px-malformed' })
      expect((caught as { details: { line: number } }).details.line).toBe(line)
    }
    expect(await reasonOf(Promise.resolve().then(() => readPx(new Uint8Array(), 'x')))).toBe(
      'empty-data-file',
    )
  })
})
