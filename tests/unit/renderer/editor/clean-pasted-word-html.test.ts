// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest'
import { cleanPastedHtml } from '../../../../src/renderer/src/features/editor/paste/cleanPastedHtml'
import { wordComments, wordFakeLists, wordHeadingsAndMarks, wordTable } from './fixtures/wordSnippets'

describe('pasting from Word keeps structure and drops styling noise', () => {
  it('keeps headings, bold, italic, underline and safe links; drops spans, fonts, o:p and empty spacers', () => {
    const { html } = cleanPastedHtml(wordHeadingsAndMarks)
    expect(html).toBe(
      '<h1>Om lokalområdet</h1>\n' +
        '<p>Landsbyen har <strong>412 indbyggere</strong> og en <em>aktiv</em> <u>forsamlingshusforening</u>.</p>\n\n' +
        '<h2>Historie</h2>\n<h3>Kirken</h3>\n' +
        '<p>Se <a href="https://www.billund.dk/landdistrikter">kommunens side</a> eller referatet.</p>',
    )
    expect(html).not.toMatch(/mso|Mso|style=|class=|<span|o:p|file:/)
  })

  it('keeps superscript and subscript, from <sup>/<sub> and from vertical-align styles', () => {
    const { html } = cleanPastedHtml(
      '<p class=MsoNormal>Areal: 1.200 m<sup>2</sup>, CO<sub>2</sub>: 10<span style="vertical-align:super;mso-bidi-font-size:8pt">-3</span> ton, H<span style="font-size:8pt; vertical-align: sub">2</span>O</p>',
    )
    expect(html).toBe(
      '<p>Areal: 1.200 m<sup>2</sup>, CO<sub>2</sub>: 10<sup>-3</sup> ton, H<sub>2</sub>O</p>',
    )
  })

  it("turns Word's fake list paragraphs into real nested bullet and numbered lists", () => {
    const { html } = cleanPastedHtml(wordFakeLists)
    const body = new DOMParser().parseFromString(html, 'text/html').body
    const lists = Array.from(body.children).filter((e) => e.tagName === 'UL' || e.tagName === 'OL')
    expect(lists.map((l) => l.tagName)).toEqual(['UL', 'OL'])
    const [bullets, numbers] = lists
    expect(Array.from(bullets.children).map((li) => li.firstElementChild?.textContent)).toEqual([
      'Renovere forsamlingshuset',
      'Lave en stisti til skolen',
    ])
    const nested = bullets.querySelector(':scope > li > ul')
    expect(nested && Array.from(nested.querySelectorAll('li')).map((li) => li.textContent)).toEqual([
      'Nyt tag',
      'Nye vinduer',
    ])
    expect(Array.from(numbers.querySelectorAll('li')).map((li) => li.textContent)).toEqual([
      'Legeplads',
      'Shelterplads',
    ])
    // The literal bullet glyphs and numbers Word typed are gone; the list draws its own.
    expect(html).not.toMatch(/·|1\.|>o</)
    expect(Array.from(body.children).filter((e) => e.tagName === 'P').length).toBe(2)
  })

  it('keeps a Word table without its widths and borders, with a bold first row as header row', () => {
    const { html } = cleanPastedHtml(wordTable)
    const table = new DOMParser().parseFromString(html, 'text/html').querySelector('table')!
    expect(table.getAttributeNames()).toEqual([])
    const rows = table.querySelectorAll('tr')
    expect(Array.from(rows[0].children).map((c) => [c.tagName, c.textContent])).toEqual([
      ['TH', 'Hvad'],
      ['TH', 'Hvem'],
    ])
    expect(Array.from(rows[1].children).map((c) => c.tagName)).toEqual(['TD', 'TD'])
    expect(rows[1].children[0].textContent).toBe('Ny legeplads')
    expect(html).not.toMatch(/width|valign|border|style/)
  })

  it('drops comment anchors, the comment list, bookmarks and images Word points at in a temp folder', () => {
    const { html, droppedImages } = cleanPastedHtml(wordComments)
    expect(html).toBe('<p>Budgettet er 75.000 kr.</p>')
    expect(droppedImages).toBe(1)
  })

  it('reads bold and italic from web-page spans and ignores the Google Docs wrapper', () => {
    const web =
      '<meta charset="utf-8"><b style="font-weight:normal;" id="docs-internal-guid-1"><p dir="ltr"><span style="font-weight:700;color:#000">Vision</span> <span style="font-style:italic">2035</span></p></b>' +
      '<script>alert(1)</script><p><a href="javascript:alert(1)">klik</a></p>'
    const { html } = cleanPastedHtml(web)
    expect(html).toBe('<p><strong>Vision</strong> <em>2035</em></p><p>klik</p>')
  })
})
