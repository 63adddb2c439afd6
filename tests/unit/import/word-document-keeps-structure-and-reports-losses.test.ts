import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { readDocx } from '../../../src/main/backend/import/readDocx'
import { variedDocx } from '../../fixtures/variedDocx'

type N = {
  type: string
  attrs?: Record<string, unknown>
  content?: N[]
  text?: string
  marks?: { type: string; attrs?: { href?: string } }[]
}
const text = (n: N): string => (n.type === 'text' ? (n.text ?? '') : (n.content ?? []).map(text).join(''))
const blocks = (d: unknown) => (d as N).content ?? []
const kinds = (r: { items: { kind: string }[] }) => r.items.map((i) => i.kind)

describe('a Word document written with docx', () => {
  it('keeps headings, marks, nested lists, the action-plan table and the image', async () => {
    const { doc, images } = await readDocx(await variedDocx())
    const b = blocks(doc)
    expect(b.filter((n) => n.type === 'heading').map((h) => [h.attrs?.level, text(h)])).toEqual([
      [1, 'Forord'],
      [2, 'Om lokalområdet'],
      [3, 'Handlingsplan'],
      [1, 'Fodnoter'],
    ])
    const marks = b[1].content?.filter((t) => t.marks).map((t) => [t.text, t.marks?.map((m) => m.type)])
    expect(marks).toEqual([
      ['lokalrådet', ['bold']],
      ['ildsjæle', ['italic']],
      ['børn', ['underline']],
      ['gamle planer', ['strike']],
      // The footnote marker stays where it was, raised as Word shows it; the note moves to the end.
      ['[1]', ['superscript']],
    ])
    const bullets = b.find((n) => n.type === 'bulletList')!
    expect(bullets.content?.[0].content?.[1].type).toBe('bulletList')
    expect(text(bullets.content![0].content![1])).toBe('Forsamlingshuset på Åvej')
    const ordered = b.find((n) => n.type === 'orderedList')!
    expect(ordered.content?.[0].content?.[1].type).toBe('orderedList')

    const table = b.find((n) => n.type === 'table')!
    expect(table.content?.[0].content?.map((c) => [c.type, text(c)])).toEqual(
      ['Hvad', 'Hvem', 'Hvornår', 'Budget', 'Finansiering'].map((h) => ['tableHeader', h]),
    )
    expect(table.content?.[1].content?.map((c) => c.type)).toEqual(Array(5).fill('tableCell'))
    expect(text(table.content![1])).toContain('Forældregruppen')

    const image = b.find((n) => n.type === 'image')!
    expect(image.attrs).toMatchObject({ alt: 'Kort over Ørslev', width: 64, height: 48 })
    expect(String(image.attrs?.src)).toMatch(/^asset:[a-f0-9]{64}\.png$/)
    expect(images).toHaveLength(1)
  })

  it('keeps only https and mailto links, keeps the text of the others and reports them', async () => {
    const { doc, report } = await readDocx(await variedDocx())
    const para = blocks(doc).find((n) => text(n).startsWith('Læs mere'))!
    expect(text(para)).toBe(
      'Læs mere på kommunens side, skriv til formanden, men ikke dette script eller denne fil.',
    )
    const hrefs = para.content!.flatMap((t) => t.marks ?? []).map((m) => m.attrs?.href)
    expect(hrefs).toEqual(['https://www.kommune.dk/', 'mailto:formand@oerslev.dk'])
    const links = report.items.find((i) => i.kind === 'link')!
    expect(links.count).toBe(2)
    expect(links.samples.join(' ')).toContain('javascript:alert(1)')
    expect(links.samples.join(' ')).toContain('file:///C:/hemmelig.txt')
  })

  it('reports text boxes, tracked changes, footnotes and fields, and keeps their text', async () => {
    const { doc, report } = await readDocx(await variedDocx())
    expect(kinds(report)).toEqual(expect.arrayContaining(['textBox', 'trackedChange', 'footnote', 'field']))
    expect(report.items.find((i) => i.kind === 'textBox')?.samples).toEqual([
      'Husk generalforsamlingen i marts',
    ])
    expect(report.items.find((i) => i.kind === 'trackedChange')?.samples).toEqual([
      '− hver måned',
      '+ hver uge',
    ])
    expect(report.items.find((i) => i.kind === 'field')?.samples).toEqual(['MERGEFIELD Fornavn'])
    const all = blocks(doc).map(text)
    expect(all).toContain('Vi mødes hver uge i forsamlingshuset. Kære .')
    expect(all.at(-2)).toBe('Fodnoter')
    expect(all.at(-1)).toBe('Kilde: Danmarks Statistik, 2024.')
    expect(all.join('\n')).toContain('812 indbyggere[1].')
  })
})

describe('a Word document written by LibreOffice from HTML', () => {
  it('comes across with nested lists, the quote, the table and the Danish letters, without styling noise', async () => {
    const bytes = new Uint8Array(readFileSync(join(__dirname, '../../fixtures/docx/libreoffice.docx')))
    const { doc, report } = await readDocx(bytes)
    const b = blocks(doc)
    expect(b.map((n) => n.type)).toEqual([
      'heading',
      'paragraph',
      'heading',
      'paragraph',
      'bulletList',
      'orderedList',
      'blockquote',
      'heading',
      'table',
      'paragraph',
    ])
    expect(text(b[1])).toBe('I 2035 er Åbjerg-klyngen et sted, hvor børnefamilier vælger at bo.')
    expect(b[3].content).toEqual([
      { type: 'text', text: 'Styrker og svagheder blev drøftet på fællesmødet i forsamlingshuset.' },
    ])
    expect(b[4].content?.map((li) => text(li.content![0]))).toEqual(['Styrker', 'Svagheder'])
    expect(text(b[4].content![0].content![1])).toBe('Stærkt foreningslivSmuk natur ved søen')
    expect(text(b[6])).toBe('»Vi vil være et sted, man bliver glad af at komme hjem til.«')
    expect(b[8].content).toHaveLength(3)
    expect(report.items).toEqual([])
  })
})
