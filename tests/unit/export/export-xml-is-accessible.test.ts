import { describe, expect, it } from 'vitest'
import { unzipSync } from 'fflate'
import { Window } from 'happy-dom'
import { attrsOf, childrenOf, textOf, walk } from '../../../src/shared/derive/docWalk'
import { SAMPLE_PNG, all, exportSample, toHtml, unzipText } from './fixtures/readDocx'
import { doc, meta } from './fixtures/samplePlan'

describe('the exported XML meets the accessibility checks (EN 301 549)', async () => {
  const parts = unzipText(await exportSample())
  const body = parts['word/document.xml']

  it('has a title, the council as author, the focus areas as keywords', () => {
    const core = parts['docProps/core.xml']
    expect(core).toContain('<dc:title>Udviklingsplan for Østerby og Ålum</dc:title>')
    expect(core).toContain('<dc:creator>Østerby Lokalråd</dc:creator>')
    expect(core).toMatch(/<cp:keywords>[^<]*Bosætning[^<]*Natur- og kulturoplevelser[^<]*<\/cp:keywords>/)
  })

  it('sets the document language to Danish', () => {
    expect(parts['word/styles.xml']).toMatch(/<w:docDefaults>.*<w:lang w:val="da-DK"\/>.*<\/w:docDefaults>/s)
  })

  it('never skips a heading level, and the cover title is not a heading', () => {
    const levels = all(/<w:pStyle w:val="Heading(\d)"\/>/g, body).map(Number)
    expect(levels[0]).toBe(1)
    levels.forEach((l, i) => i > 0 && expect(l).toBeLessThanOrEqual(levels[i - 1] + 1))
    expect(body).toContain('<w:pStyle w:val="Title"/>')
  })

  it('skips levels in the source without skipping them in the output', async () => {
    const skipping = {
      type: 'doc' as const,
      content: [
        { type: 'heading', attrs: { level: 3 }, content: [{ type: 'text', text: 'Dyb start' }] },
        { type: 'heading', attrs: { level: 1 }, content: [{ type: 'text', text: 'Kapitel' }] },
        { type: 'heading', attrs: { level: 3 }, content: [{ type: 'text', text: 'Hop' }] },
      ],
    }
    const xml = unzipText(await exportSample({}, { meta: { ...meta, catalogue: null }, doc: skipping }))[
      'word/document.xml'
    ]
    expect(all(/<w:pStyle w:val="Heading(\d)"\/>/g, xml).map(Number)).toEqual([1, 1, 2])
  })

  it('gives every table a repeating header row, as Word’s accessibility checker asks', () => {
    const tables = body.split('<w:tbl>').slice(1)
    const withHeader = tables.filter((t) =>
      /^.*?<w:tr>.*?<w:tblHeader\/>/s.test(t.split('</w:tr>')[0] + '</w:tr>'),
    )
    // The plan's own table, the action plan, the matrix, the appendix's focus areas, and the
    // two-column tables of details (the two initiatives' fields, the catalogue's source).
    expect(tables.length).toBe(7)
    expect(withHeader.length).toBe(tables.length)
  })

  it('gives every image alt text', () => {
    const docPrs = all(/<wp:docPr ([^>]*)\/?>/g, body)
    expect(docPrs.length).toBe(1)
    for (const attrs of docPrs) expect(attrs).toMatch(/descr="Kort over Østerby og Ålum"/)
  })

  it('uses no empty paragraphs as spacing', () => {
    const paragraphs = body.match(/<w:p>.*?<\/w:p>|<w:p\/>/gs) ?? []
    const empty = paragraphs.filter(
      (p) =>
        !/<w:t[ >]|<w:drawing|<w:fldChar|<w:instrText/.test(p) &&
        // the rule is a border, the gap keeps two tables apart, a section break carries the page setup
        !/HorizontalRule|TableGap|TableText|<w:sectPr>/.test(p),
    )
    expect(empty).toEqual([])
  })

  it('asks Word to fill in the table of contents on open, with a header and "Side X af Y"', () => {
    expect(parts['word/settings.xml']).toMatch(/<w:updateFields(?: w:val="(?:true|1)")?\/>/)
    expect(body).toMatch(/TOC \\h \\o &quot;1-3&quot;/)
    const footer = Object.entries(parts).find(
      ([n, x]) => n.startsWith('word/footer') && x.includes('NUMPAGES'),
    )
    expect(footer?.[1]).toMatch(/Side .*PAGE.*af .*NUMPAGES/s)
    const header = Object.entries(parts).find(
      ([n, x]) => n.startsWith('word/header') && x.includes(meta.title),
    )
    expect(header).toBeDefined()
  })

  it('has a review copy with line numbers per page and a wide right margin', async () => {
    const review = unzipText(await exportSample({ reviewCopy: true }))['word/document.xml']
    expect(review).toMatch(/<w:lnNumType [^>]*w:countBy="1"[^>]*w:restart="newPage"/)
    expect(
      all(/<w:pgMar [^>]*w:right="(\d+)"/g, review)
        .map(Number)
        .every((r) => r >= 3000),
    ).toBe(true)
    expect(body).not.toContain('<w:lnNumType')
  })

  it('does not lose the source document: every picture and table of the plan is in the file', async () => {
    // What the plan holds, read off the plan itself, so the checks above cannot pass on a file
    // that simply has no pictures or tables.
    const pictures: string[] = []
    const tables: string[][][] = []
    walk(doc, (n) => {
      if (n.type === 'image') pictures.push(String(attrsOf(n).alt))
      if (n.type === 'table')
        tables.push(childrenOf(n).map((r) => childrenOf(r).map((c) => `${String(c.type)}:${textOf(c)}`)))
    })
    expect(pictures.length).toBeGreaterThan(0)
    expect(tables.length).toBeGreaterThan(0)

    const bytes = await exportSample()
    // Each picture is a drawing described by its alt text, of the very bytes the plan stored.
    const written = unzipText(bytes)['word/document.xml']
    expect(all(/<wp:docPr [^>]*descr="([^"]*)"/g, written)).toEqual(pictures)
    const media = Object.entries(unzipSync(bytes)).filter(([n]) => n.startsWith('word/media/'))
    expect(media.map(([, data]) => Buffer.from(data).equals(Buffer.from(SAMPLE_PNG)))).toEqual([true])

    // Each table comes back from Word's XML as a table with the same rows, header cells as headers.
    const html = new Window().document
    html.body.innerHTML = (await toHtml(bytes)).value
    const read = Array.from(html.querySelectorAll('table')).map((t) =>
      Array.from(t.querySelectorAll('tr')).map((r) =>
        Array.from(r.children).map(
          (c) => `${c.tagName === 'TH' ? 'tableHeader' : 'tableCell'}:${(c.textContent ?? '').trim()}`,
        ),
      ),
    )
    for (const t of tables) expect(read).toContainEqual(t)
  })
})
