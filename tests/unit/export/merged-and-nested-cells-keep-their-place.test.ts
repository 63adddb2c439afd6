import { describe, expect, it } from 'vitest'
import { exportSample, toHtml, unzipText } from './fixtures/readDocx'
import { meta } from './fixtures/samplePlan'
import type { DocJSON } from '../../../src/shared/model/plan'

const p = (text: string) => ({ type: 'paragraph', content: [{ type: 'text', text }] })
const cell = (attrs: Record<string, unknown>, ...content: unknown[]) => ({
  type: 'tableCell',
  attrs,
  content,
})
const row = (...content: unknown[]) => ({ type: 'tableRow', content })
const plan: DocJSON = {
  type: 'doc',
  content: [
    {
      type: 'table',
      content: [
        row(cell({ rowspan: 3 }, p('Hele vejen ned')), cell({ colspan: 2 }, p('To kolonner'))),
        row(cell({}, p('B2')), cell({}, { type: 'table', content: [row(cell({}, p('Indlejret')))] })),
        row(cell({}, p('B3')), cell({}, p('C3'))),
      ],
    },
  ],
}

describe('tables with merged and nested cells', async () => {
  const bytes = await exportSample({}, { meta: { ...meta, catalogue: null }, doc: plan })
  const body = unzipText(bytes)['word/document.xml']
  const outer = body.slice(body.indexOf('<w:tbl>'), body.lastIndexOf('</w:tbl>'))
  const rows = outer.split('<w:tr>').slice(1)

  it('writes a row-spanning cell as restart and a continue cell at its column in each row below', () => {
    expect(rows[0]).toMatch(/<w:vMerge w:val="restart"\/>.*Hele vejen ned/s)
    expect(rows[0]).toMatch(/<w:gridSpan w:val="2"\/>/)
    for (const r of [rows[1], rows[3]]) {
      // the first cell of each following outer row is the continuation (rows[2] is the nested table's)
      expect(r.startsWith('<w:tc><w:tcPr><w:tcW w:type="dxa" w:w="3023"/><w:vMerge w:val="continue"/>')).toBe(
        true,
      )
    }
  })

  it('ends a cell that holds a table with a paragraph, as Word requires', () => {
    expect(body).toContain('Indlejret</w:t></w:r></w:p></w:tc></w:tr></w:tbl><w:p/></w:tc>')
  })

  it('reads back with every cell text', async () => {
    const { value } = await toHtml(bytes)
    for (const text of ['Hele vejen ned', 'To kolonner', 'B2', 'Indlejret', 'B3', 'C3'])
      expect(value).toContain(text)
    expect(value).toMatch(/<td rowspan="3">/)
  })
})
