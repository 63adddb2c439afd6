import { describe, expect, it } from 'vitest'
import { all, exportSample, unzipText } from './fixtures/readDocx'

describe('the table of contents in the export', async () => {
  const body = unzipText(await exportSample())['word/document.xml']
  const sdt = /<w:sdtContent>(.*?)<\/w:sdtContent>/s.exec(body)?.[1] ?? ''

  it('lists every Heading 1-3 in order, each linked to a bookmark on that heading', () => {
    const anchors = all(/w:anchor="(_Toc\d+)"/g, sdt)
    const headings = [
      ...body.matchAll(/<w:pStyle w:val="Heading([1-3])"\/><\/w:pPr><w:bookmarkStart w:name="(_Toc\d+)"/g),
    ]
    expect(anchors.length).toBeGreaterThan(3)
    expect(anchors).toEqual(headings.map((h) => h[2]))
    const titles = all(
      /<w:hyperlink w:history="1" w:anchor="_Toc\d+"><w:r><w:t xml:space="preserve">([^<]*)</g,
      sdt,
    )
    expect(titles.slice(0, 2)).toEqual(['Forord', 'Om lokalområdet'])
    expect(titles).toContain('Bilag: Kommunens indsatsområder')
    // the entry styles follow the heading levels
    expect(all(/<w:pStyle w:val="TOC(\d)"\/>/g, sdt)).toEqual(headings.map((h) => h[1]))
  })

  it('leaves initiatives below level 3 out, as Word would with \\o "1-3"', () => {
    expect(body).toContain(
      '<w:pStyle w:val="Heading4"/></w:pPr><w:r><w:t xml:space="preserve">Ny sti langs åen',
    )
    expect(sdt).not.toContain('Ny sti langs åen')
  })

  it('is one field: begun in the first entry, ended after the last', () => {
    expect(sdt.match(/TOC \\h \\o &quot;1-3&quot;/g)?.length).toBe(1)
    expect(sdt.endsWith('<w:p><w:r><w:fldChar w:fldCharType="end"/></w:r></w:p>')).toBe(true)
  })
})
