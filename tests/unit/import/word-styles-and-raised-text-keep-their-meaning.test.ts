import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { readDocx } from '../../../src/main/backend/import/readDocx'
import { STYLED_RUNS, wordStyledDocx } from '../../fixtures/wordStyledDocx'

type N = {
  type: string
  attrs?: Record<string, unknown>
  content?: N[]
  text?: string
  marks?: { type: string }[]
}

const fixture = (name: string) => new Uint8Array(readFileSync(join(__dirname, '../../fixtures/docx', name)))
const blocks = (d: unknown) => (d as N).content ?? []
const text = (n: N): string => (n.type === 'text' ? (n.text ?? '') : (n.content ?? []).map(text).join(''))

/** Every text run with its marks, in order. */
function runs(n: N): [string, string[]][] {
  if (n.type === 'text') return [[n.text ?? '', (n.marks ?? []).map((m) => m.type)]]
  return (n.content ?? []).flatMap(runs)
}
/** The marks on a text: its own run, or (unmarked text merges with its neighbours) the run it is in. */
const marksOf = (n: N, needle: string) =>
  (runs(n).find(([t]) => t === needle) ?? runs(n).find(([t]) => t.includes(needle)))?.[1]

/** A list as nested arrays of item texts: ['a', ['b', ['c']]]. */
function outline(list: N): unknown[] {
  return (list.content ?? []).flatMap((item) =>
    (item.content ?? []).map((c) =>
      c.type === 'bulletList' || c.type === 'orderedList' ? outline(c) : text(c),
    ),
  )
}

describe('super- and subscript from Word and LibreOffice', () => {
  it("keeps LibreOffice's raised text from HTML (w:position) as superscript and subscript", async () => {
    const { doc, report } = await readDocx(fixture('libreoffice-marks.docx'))
    const para = blocks(doc).find((b) => text(b).startsWith('Forbruget'))!
    // "2.3401", "10-3", "CO2" and "m2" would each say something else.
    expect(runs(para)).toEqual([
      ['Forbruget var 2.340', []],
      ['1', ['superscript']],
      [' MWh, og udledningen faldt med 10', []],
      ['-3', ['superscript']],
      [' ton CO', []],
      ['2', ['subscript']],
      [' pr. m', []],
      ['2', ['superscript']],
      ['.', []],
    ])
    const table = blocks(doc).find((b) => b.type === 'table')!
    expect(marksOf(table, '2')).toEqual(['superscript'])
    expect(report.items).toEqual([])
  })

  it("keeps Writer's own super- and subscript (w:vertAlign)", async () => {
    const { doc } = await readDocx(fixture('libreoffice-marks-native.docx'))
    expect(runs(blocks(doc)[0])).toEqual([
      ['m', []],
      ['2', ['superscript']],
      [' og CO', []],
      ['2', ['subscript']],
    ])
  })

  it('keeps a character style that raises its text (a "Hævet skrift" style)', async () => {
    const { doc } = await readDocx(wordStyledDocx())
    expect(marksOf(blocks(doc)[1], '3')).toEqual(['superscript'])
  })
})

describe("Word's character and paragraph styles", () => {
  it('keep their look: Emphasis, Intense/Subtle Emphasis, Book Title, Intense Reference, Strong', async () => {
    const { doc, report } = await readDocx(wordStyledDocx())
    const para = blocks(doc)[1]
    const expected: Record<string, string[]> = {
      Emphasis: ['italic'],
      IntenseEmphasis: ['italic'],
      SubtleEmphasis: ['italic'],
      BookTitle: ['bold', 'italic'],
      IntenseReference: ['bold'],
      // Small capitals in a colour: nothing a plan can hold, and nothing to report.
      SubtleReference: [],
      Strong: ['bold'],
      Hvet: ['superscript'],
    }
    for (const [style, words] of STYLED_RUNS)
      expect([style, marksOf(para, words)]).toEqual([style, expected[style]])
    expect(report.items).toEqual([])
  })

  it("keeps LibreOffice's Emphasis, Strong and Quotation styles", async () => {
    const { doc } = await readDocx(fixture('libreoffice-marks.docx'))
    const para = blocks(doc).find((b) => text(b).startsWith('Vi vil'))!
    expect(marksOf(para, 'gerne')).toEqual(['italic'])
    expect(marksOf(para, 'først')).toEqual(['bold'])
    expect(marksOf(para, 'Landsbyen i 2035')).toEqual(['italic'])
  })

  it("gives a paragraph style's own bold to its words, and makes an outline-level style a heading", async () => {
    const { doc } = await readDocx(wordStyledDocx())
    const b = blocks(doc)
    expect(b[2]).toMatchObject({ type: 'heading', attrs: { level: 2 } })
    expect(text(b[2])).toBe('Trafik og stier')
    expect(runs(b[3])).toEqual([['Husk høringsfristen', ['bold']]])
    // The default style's look is the document's, and headings are headings, not bold text.
    expect(runs(b[0])).toEqual([['Planens ord', []]])
  })

  it('nests List Bullet 2/3 and List Number 2 under their items instead of flattening them', async () => {
    const { doc } = await readDocx(wordStyledDocx())
    const lists = blocks(doc).filter((b) => b.type === 'bulletList' || b.type === 'orderedList')
    expect(lists.map((l) => l.type)).toEqual(['bulletList', 'orderedList'])
    expect(outline(lists[0])).toEqual(['Stier', ['Skolesti', ['Belysning'], 'Cykelsti'], 'Busser'])
    // "Byg" stays item 2 of the numbered list; LAG and Fonde are its first item's sub-items.
    expect(outline(lists[1])).toEqual(['Søg midler', ['LAG', 'Fonde'], 'Byg'])
  })

  it("makes a row of LibreOffice's Table Heading paragraphs the table's header row", async () => {
    const { doc } = await readDocx(fixture('libreoffice-marks.docx'))
    const table = blocks(doc).find((b) => b.type === 'table')!
    expect(table.content!.map((r) => r.content!.map((c) => c.type))).toEqual([
      ['tableHeader', 'tableHeader'],
      ['tableCell', 'tableCell'],
    ])
  })
})
