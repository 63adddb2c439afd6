import { describe, expect, it } from 'vitest'
import { unzipSync } from 'fflate'
import { all, exportSample, unzipText } from './fixtures/readDocx'
import { AGES, POPULATION, keyFiguresPlan } from './fixtures/keyFiguresPlan'

describe('a Nøgletal block in the Word export', () => {
  it('is a native chart whose part holds the categories and the values of the block', async () => {
    const bytes = await exportSample({}, keyFiguresPlan(POPULATION))
    const parts = unzipText(bytes)
    const chart = parts['word/charts/chart1.xml']
    expect(chart).toBeDefined()
    expect(chart).toContain('<c:lineChart>')
    const cat = /<c:cat>(.*?)<\/c:cat>/.exec(chart)?.[1] ?? ''
    const val = /<c:val>(.*?)<\/c:val>/.exec(chart)?.[1] ?? ''
    expect(all(/<c:v>([^<]*)<\/c:v>/g, cat)).toEqual(POPULATION.rows.map((r) => r.label))
    expect(all(/<c:v>([^<]*)<\/c:v>/g, val).map(Number)).toEqual(POPULATION.rows.map((r) => r.values[0]))
    // Editable in Word: the chart refers to its own embedded workbook.
    expect(parts['word/charts/_rels/chart1.xml.rels']).toContain('../embeddings/')
    const files = Object.keys(unzipSync(bytes))
    expect(files.some((f) => /^word\/embeddings\/.+\.xlsx$/.test(f))).toBe(true)
    expect(parts['[Content_Types].xml']).toContain('/word/charts/chart1.xml')
  })

  it('has Danish alt text made from the data, and the chart sits in the body where the block was', async () => {
    const doc = unzipText(await exportSample({}, keyFiguresPlan(POPULATION)))['word/document.xml']
    expect(doc).toContain('descr="Indbyggere 2016-2026: fra 655 til 612 personer"')
    expect(doc).not.toContain('PLANVAERKSTED-CHART')
    expect(doc).not.toContain('pv-chart')
    const body = doc.slice(doc.indexOf('Om lokalområdet'))
    const chartAt = body.indexOf('drawingml/2006/chart')
    expect(chartAt).toBeGreaterThan(0)
    expect(chartAt).toBeLessThan(body.indexOf('Tekst efter tallene.'))
  })

  it('writes English alt text in an English export', async () => {
    const doc = unzipText(await exportSample({ language: 'en' }, keyFiguresPlan(POPULATION)))[
      'word/document.xml'
    ]
    expect(doc).toContain('descr="Indbyggere 2016-2026: from 655 to 612 personer"')
  })

  it('is followed by the data table with a header row, Danish numbers and the source line', async () => {
    const doc = unzipText(
      await exportSample(
        {},
        keyFiguresPlan({
          ...POPULATION,
          rows: [
            { label: '2016', values: [1234.5] },
            { label: '2017', values: [null] },
          ],
        }),
      ),
    )['word/document.xml']
    const table = /<w:tbl>.*?<\/w:tbl>/.exec(doc.slice(doc.indexOf('Om lokalområdet')))?.[0] ?? ''
    expect(table).toContain('<w:tblHeader/>')
    const texts = all(/<w:t[^>]*>([^<]*)<\/w:t>/g, table)
    expect(texts).toEqual(
      expect.arrayContaining(['År', 'Indbyggere (personer)', '2016', '1.234,5', '2017', '–']),
    )
    const after = doc.slice(doc.indexOf(table) + table.length)
    expect(all(/<w:t[^>]*>([^<]*)<\/w:t>/g, after)[0]).toBe('Kilde: Danmarks Statistik, FOLK1A, 2026')
  })

  it('draws a pyramid as overlapping horizontal bars, the men to the left, and two charts as two parts', async () => {
    const parts = unzipText(await exportSample({}, keyFiguresPlan(POPULATION, AGES)))
    const pyramid = parts['word/charts/chart2.xml']
    expect(pyramid).toContain('<c:barDir val="bar"/>')
    expect(pyramid).toContain('<c:overlap val="100"/>')
    const sers = all(/<c:ser>(.*?)<\/c:ser>/g, pyramid)
    const values = (s: string) =>
      all(/<c:v>([^<]*)<\/c:v>/g, /<c:val>(.*?)<\/c:val>/.exec(s)?.[1] ?? '').map(Number)
    expect(values(sers[0])).toEqual(AGES.rows.map((r) => -(r.values[0] ?? 0)))
    expect(values(sers[1])).toEqual(AGES.rows.map((r) => r.values[1]))
    // The age labels stand at the left edge, not over the bars in the middle.
    expect(pyramid).toContain('<c:tickLblPos val="low"/>')
    const doc = parts['word/document.xml']
    expect(doc).toContain(
      'descr="Befolkning efter alder og køn: Mænd i alt 273 personer, flest i 40-59 år (77); Kvinder i alt 277 personer, flest i 40-59 år (80)"',
    )
    const ids = all(/<wp:docPr id="(\d+)"/g, doc)
    expect(new Set(ids).size).toBe(ids.length)
  })

  it('writes no chart for a block without numbers, only its table', async () => {
    const empty = { ...POPULATION, rows: [{ label: '2016', values: [null] }] }
    const parts = unzipText(await exportSample({}, keyFiguresPlan(empty)))
    expect(parts['word/charts/chart1.xml']).toBeUndefined()
    expect(parts['word/document.xml']).toContain('Indbyggere (personer)')
  })
})
