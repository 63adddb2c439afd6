import { describe, expect, it } from 'vitest'
import { exportPlanToDocx } from '../../../src/main/backend/export/index'
import type { ExportNotice } from '../../../src/shared/model/exportNotice'
import type { DocJSON } from '../../../src/shared/model/plan'
import { assertValidDocx } from './fixtures/ooxmlSchemas'
import { SAMPLE_PNG, all, exportSample, toHtml, unzipText } from './fixtures/readDocx'
import { MISSING_NAME, PNG_NAME, meta } from './fixtures/samplePlan'

const p = (text: string) => ({ type: 'paragraph', content: [{ type: 'text', text }] })
const h = (level: number, text: string) => ({
  type: 'heading',
  attrs: { level },
  content: [{ type: 'text', text }],
})
const li = (text: string) => ({ type: 'listItem', content: [p(text)] })
const cell = (attrs: Record<string, unknown>, ...content: unknown[]) => ({
  type: 'tableCell',
  attrs,
  content,
})
const row = (...content: unknown[]) => ({ type: 'tableRow', content })
const plan = (...content: unknown[]) => ({
  meta: { ...meta, catalogue: null },
  doc: { type: 'doc', content } as DocJSON,
})
const parts = async (...content: unknown[]) => unzipText(await exportSample({}, plan(...content)))
const numOf = (numbering: string, numId: string) =>
  new RegExp(`<w:num w:numId="${numId}"[^>]*>(.*?)</w:num>`, 's').exec(numbering)?.[1] ?? ''

describe('an ordered list that starts at another number', () => {
  it('starts its Word numbering there ("5." after an interruption), the next list at 1 again', async () => {
    const x = await parts(
      { type: 'orderedList', attrs: { start: 5, type: null }, content: [li('Fem'), li('Seks')] },
      { type: 'orderedList', content: [li('En')] },
    )
    const [first, second] = [...new Set(all(/<w:numId w:val="(\d+)"\/>/g, x['word/document.xml']))]
    expect(numOf(x['word/numbering.xml'], first)).toContain(
      '<w:lvlOverride w:ilvl="0"><w:startOverride w:val="5"/>',
    )
    expect(numOf(x['word/numbering.xml'], second)).toContain(
      '<w:lvlOverride w:ilvl="0"><w:startOverride w:val="1"/>',
    )
  })

  it('keeps a pasted list’s letters or roman numerals, and a nested list’s own start', async () => {
    const nested = { type: 'orderedList', attrs: { start: 3, type: 'i' }, content: [li('iii'), li('iv')] }
    const x = await parts({
      type: 'orderedList',
      attrs: { start: 2, type: 'a' },
      content: [{ type: 'listItem', content: [p('b'), nested] }, li('c')],
    })
    const ids = [...new Set(all(/<w:numId w:val="(\d+)"\/>/g, x['word/document.xml']))]
    expect(ids.length).toBe(2)
    const outer = numOf(x['word/numbering.xml'], ids[0])
    expect(outer).toMatch(
      /<w:lvlOverride w:ilvl="0"><w:startOverride w:val="2"\/><w:lvl w:ilvl="0">.*<w:numFmt w:val="lowerLetter"\/>/s,
    )
    const inner = numOf(x['word/numbering.xml'], ids[1])
    expect(inner).toMatch(
      /<w:lvlOverride w:ilvl="1"><w:startOverride w:val="3"\/><w:lvl w:ilvl="1">.*<w:numFmt w:val="lowerRoman"\/>/s,
    )
    // the nested items are on level 1 of their own instance
    expect(x['word/document.xml']).toContain(
      `<w:numPr><w:ilvl w:val="1"/><w:numId w:val="${ids[1]}"/></w:numPr>`,
    )
  })
})

describe('a table cell', () => {
  it('keeps the alignment the user gave it on each of its paragraphs', async () => {
    const x = await parts({
      type: 'table',
      content: [
        row(
          cell({ align: 'right' }, p('Højre'), h(2, 'Også højre')),
          cell({ align: 'center' }, p('Midt')),
          cell({}, p('Venstre')),
        ),
      ],
    })
    const body = x['word/document.xml']
    expect(body).toMatch(/<w:jc w:val="right"\/><\/w:pPr><w:r><w:t xml:space="preserve">Højre/)
    expect(body).toMatch(/<w:jc w:val="right"\/><\/w:pPr><w:r><w:rPr><w:b\/>.*Også højre/)
    expect(body).toMatch(/<w:jc w:val="center"\/><\/w:pPr><w:r><w:t xml:space="preserve">Midt/)
    expect(body).toMatch(/<w:pStyle w:val="TableText"\/><\/w:pPr><w:r><w:t xml:space="preserve">Venstre/)
  })

  it('holds a nested table as wide as its own content, never wider', async () => {
    const inner = { type: 'table', content: [row(cell({}, p('a')), cell({}, p('b')))] }
    const x = await parts({
      type: 'table',
      content: [row(cell({ colwidth: [100] }, p('Smal')), cell({ colwidth: [300] }, inner))],
    })
    const body = x['word/document.xml']
    const tables = [...body.matchAll(/<w:tbl><w:tblPr><w:tblW w:type="dxa" w:w="(\d+)"\/>/g)].map((m) =>
      Number(m[1]),
    )
    const outerCells = all(/<w:tc><w:tcPr><w:tcW w:type="dxa" w:w="(\d+)"\/>/g, body).map(Number)
    // outer cells, in order, then the nested table's: it fills the wide cell less its margins
    expect(tables[0]).toBe(9070)
    expect(outerCells[0] + outerCells[1]).toBe(9070)
    expect(outerCells[1]).toBeGreaterThan(6000)
    expect(tables[1]).toBe(outerCells[1] - 200)
  })
})

describe("an initiative's fields", () => {
  it('are a two-column table with a header row, kept together with the heading on one page', async () => {
    const x = await parts(h(1, 'Initiativer'), {
      type: 'initiative',
      attrs: { id: 'i1', title: 'Ny sti', budget: 1_250_000 },
      content: [p('Ved åen.')],
    })
    const body = x['word/document.xml']
    const table = body.slice(body.indexOf('<w:tbl>'), body.indexOf('</w:tbl>'))
    const rows = table.split('<w:tr>').slice(1)
    expect(rows[0]).toContain('<w:tblHeader/>')
    expect(rows[0]).toMatch(/Oplysning.*Indhold/s)
    expect(table).toContain('<w:tblCaption w:val="Oplysninger om Ny sti"/>')
    // every row keeps with the next but the last; each row is whole on its page
    for (const r of rows.slice(1, -1)) expect(r.match(/<w:keepNext\/>/g)?.length).toBe(2)
    expect(rows[rows.length - 1]).not.toContain('<w:keepNext/>')
    for (const r of rows) expect(r).toContain('<w:cantSplit/>')
    // the heading keeps with the table by its style
    expect(x['word/styles.xml']).toMatch(/w:styleId="Heading2".*?<w:keepNext\/>/s)
    expect(table).toContain('1.250.000\u00a0kr.')
  })
})

/** A PNG cut off halfway, as a broken download or a full disk leaves it. */
const TRUNCATED = SAMPLE_PNG.slice(0, Math.floor(SAMPLE_PNG.length / 2))
const CUT_NAME = `${'ef'.repeat(32)}.png`
const image = (name: string, attrs: Record<string, unknown> = {}) => ({
  type: 'image',
  attrs: { src: `asset:${name}`, alt: null, title: null, width: null, height: null, ...attrs },
})

async function exportWithNotices(doc: ReturnType<typeof plan>) {
  const notices: ExportNotice[] = []
  const bytes = await exportPlanToDocx({
    plan: doc,
    readAsset: async (name) => {
      if (name === PNG_NAME) return SAMPLE_PNG
      if (name === CUT_NAME) return TRUNCATED
      throw Object.assign(new Error('no such asset'), { code: 'ENOENT' })
    },
    options: { reviewCopy: false, date: new Date(2026, 2, 12) },
    notices,
  })
  assertValidDocx(bytes)
  return { body: unzipText(bytes)['word/document.xml'], html: (await toHtml(bytes)).value, notices }
}

describe('pictures the Word file cannot show as the plan has them', () => {
  it('leaves a cut-off picture out with a visible note instead of embedding a broken one', async () => {
    const { body, html, notices } = await exportWithNotices(
      plan(h(1, 'Om byen'), image(CUT_NAME, { alt: 'Kort over byen' })),
    )
    expect(body).not.toContain('<w:drawing>')
    expect(html).toContain('[Billedet kunne ikke medtages: Kort over byen]')
    expect(notices).toEqual([{ kind: 'image-left-out', section: 'Om byen', label: 'Kort over byen' }])
  })

  it('says which pictures were left out or have nothing that describes them, and where', async () => {
    const { body, notices } = await exportWithNotices(
      plan(
        image(PNG_NAME),
        h(1, 'Om byen'),
        image(PNG_NAME, { caption: 'Torvet en sommerdag' }),
        image(MISSING_NAME, { caption: 'Kirken' }),
        h(2, 'Natur'),
        image(PNG_NAME, { alt: 'Åen ved broen' }),
        image(PNG_NAME),
      ),
    )
    expect(notices).toEqual([
      { kind: 'image-without-alt', section: '', label: '' },
      { kind: 'image-left-out', section: 'Om byen', label: 'Kirken' },
      { kind: 'image-without-alt', section: 'Natur', label: '' },
    ])
    // a picture with a caption but no alt text is described by its caption
    const descr = all(/<wp:docPr [^>]*descr="([^"]*)"/g, body)
    expect(descr).toEqual(['', 'Torvet en sommerdag', 'Åen ved broen', ''])
  })
})
