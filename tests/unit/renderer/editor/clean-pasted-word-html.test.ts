// @vitest-environment happy-dom
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { cleanPastedHtml } from '../../../../src/renderer/src/features/editor/paste/cleanPastedHtml'
import { wordComments, wordFakeLists, wordHeadingsAndMarks, wordTable } from './fixtures/wordSnippets'

/** An element as the editor will meet it: its tag, every attribute it kept, and its children
 * (text, or elements). The whitespace Word puts between blocks is no content and is left out, so
 * the expectations below say what the paste means, not how the cleaner happens to lay it out. */
type Shape = string | { tag: string; attrs?: Record<string, string>; children: Shape[] }

function shapeOf(node: Node, top: boolean): Shape | null {
  if (node.nodeType === Node.TEXT_NODE) {
    const text = node.textContent ?? ''
    return top && text.trim() === '' ? null : text
  }
  if (node.nodeType !== Node.ELEMENT_NODE) return null
  const el = node as Element
  const names = el.getAttributeNames()
  return {
    tag: el.tagName.toLowerCase(),
    ...(names.length ? { attrs: Object.fromEntries(names.map((n) => [n, el.getAttribute(n) ?? ''])) } : {}),
    children: childShapes(el, false),
  }
}

const childShapes = (parent: Node, top: boolean): Shape[] =>
  Array.from(parent.childNodes)
    .map((n) => shapeOf(n, top))
    .filter((s): s is Shape => s !== null)

/** The cleaned HTML's blocks as shapes. */
const blocksOf = (html: string): Shape[] =>
  childShapes(new DOMParser().parseFromString(html, 'text/html').body, true)

/** Builds the expected shape: el('p', 'text ', el('strong', 'bold')). */
const el = (tag: string, ...children: (Shape | Record<string, string>)[]): Shape => {
  const [first, ...rest] = children
  if (first && typeof first === 'object' && !('tag' in first))
    return { tag, attrs: first as Record<string, string>, children: rest as Shape[] }
  return { tag, children: children as Shape[] }
}

describe('pasting from Word keeps structure and drops styling noise', () => {
  it('keeps headings, bold, italic, underline and safe links; drops spans, fonts, o:p and empty spacers', () => {
    const { html } = cleanPastedHtml(wordHeadingsAndMarks)
    expect(blocksOf(html)).toEqual([
      el('h1', 'Om lokalområdet'),
      // b and i are Word's bold and italic; the plan's marks are strong and em.
      el(
        'p',
        'Landsbyen har ',
        el('strong', '412 indbyggere'),
        ' og en ',
        el('em', 'aktiv'),
        ' ',
        el('u', 'forsamlingshusforening'),
        '.',
      ),
      // The &nbsp; spacer paragraph is gone; Word's "Overskrift 2" class is a heading 2.
      el('h2', 'Historie'),
      // The plan has three heading levels: a Heading 4 becomes the deepest it has.
      el('h3', 'Kirken'),
      // The web link stays; the link into the author's own disk is left as its text.
      el(
        'p',
        'Se ',
        el('a', { href: 'https://www.billund.dk/landdistrikter' }, 'kommunens side'),
        ' eller referatet.',
      ),
    ])
    expect(html).not.toMatch(/mso|Mso|style=|class=|<span|o:p|file:/)
  })

  it('keeps superscript and subscript, from <sup>/<sub> and from vertical-align styles', () => {
    const { html } = cleanPastedHtml(
      '<p class=MsoNormal>Areal: 1.200 m<sup>2</sup>, CO<sub>2</sub>: 10<span style="vertical-align:super;mso-bidi-font-size:8pt">-3</span> ton, H<span style="font-size:8pt; vertical-align: sub">2</span>O</p>',
    )
    expect(blocksOf(html)).toEqual([
      el(
        'p',
        'Areal: 1.200 m',
        el('sup', '2'),
        ', CO',
        el('sub', '2'),
        ': 10',
        el('sup', '-3'),
        ' ton, H',
        el('sub', '2'),
        'O',
      ),
    ])
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
    // The comment's "[AH1]" marker, its text and the picture's empty paragraph leave nothing behind.
    expect(blocksOf(html)).toEqual([el('p', 'Budgettet er 75.000 kr.')])
    expect(droppedImages).toBe(1)
  })

  it('reads bold and italic from web-page spans and ignores the Google Docs wrapper', () => {
    const web =
      '<meta charset="utf-8"><b style="font-weight:normal;" id="docs-internal-guid-1"><p dir="ltr"><span style="font-weight:700;color:#000">Vision</span> <span style="font-style:italic">2035</span></p></b>' +
      '<script>alert(1)</script><p><a href="javascript:alert(1)">klik</a></p>'
    const { html } = cleanPastedHtml(web)
    // Not bold as a whole (font-weight:normal on the wrapper); no script; the javascript: link is text.
    expect(blocksOf(html)).toEqual([el('p', el('strong', 'Vision'), ' ', el('em', '2035')), el('p', 'klik')])
  })

  it('keeps any run of marked text as the same text with the same marks, whichever way it was marked', () => {
    // Each mark as Word writes it and as a web page does; what the plan must get is the mark.
    const ways: Record<string, ((text: string) => string)[]> = {
      strong: [
        (t) => `<b>${t}</b>`,
        (t) => `<strong>${t}</strong>`,
        (t) => `<span style="font-weight:700">${t}</span>`,
      ],
      em: [
        (t) => `<i>${t}</i>`,
        (t) => `<em>${t}</em>`,
        (t) => `<span style="font-style:italic">${t}</span>`,
      ],
      u: [(t) => `<u>${t}</u>`, (t) => `<span style="text-decoration:underline">${t}</span>`],
      sup: [(t) => `<sup>${t}</sup>`, (t) => `<span style="vertical-align:super">${t}</span>`],
      sub: [(t) => `<sub>${t}</sub>`, (t) => `<span style='font-size:8pt;vertical-align:sub'>${t}</span>`],
    }
    const word = fc.stringMatching(/^[A-Za-zÆØÅæøå0-9.,:-]{1,8}$/)
    const marked = fc.record({
      mark: fc.constantFrom(...Object.keys(ways)),
      way: fc.nat(),
      text: word,
    })
    // Plain text between the marked runs, so that two runs never touch and merge.
    const runs = fc.array(fc.tuple(word, marked), { minLength: 1, maxLength: 6 })
    fc.assert(
      fc.property(runs, word, (pairs, last) => {
        const pasted = pairs
          .map(
            ([plain, m]) =>
              `${plain} <span lang=DA>${ways[m.mark][m.way % ways[m.mark].length](m.text)}</span> `,
          )
          .join('')
        const { html } = cleanPastedHtml(`<p class=MsoNormal>${pasted}${last}<o:p></o:p></p>`)
        const expected = el(
          'p',
          ...pairs.flatMap(([plain, m]) => [`${plain} `, el(m.mark, m.text), ' ']),
          last,
        )
        // Neighbouring plain text is one text node in the parsed result.
        const merged = (s: Shape): Shape =>
          typeof s === 'string'
            ? s
            : {
                ...s,
                children: s.children.reduce<Shape[]>((acc, c) => {
                  const prev = acc[acc.length - 1]
                  if (typeof c === 'string' && typeof prev === 'string') acc[acc.length - 1] = prev + c
                  else acc.push(merged(c))
                  return acc
                }, []),
              }
        expect(blocksOf(html).map(merged)).toEqual([merged(expected)])
      }),
      { seed: 0x20, numRuns: 200 },
    )
  })
})
