import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import {
  accessibilityFindings,
  type Finding,
} from '../../../src/shared/derive/accessibility/accessibilityFindings'
import { posAtPath } from '../../../src/shared/document/posAtPath'
import { checkDocument } from '../../../src/shared/document/validate'
import { doc, p } from './planFixture'

const SRC = `asset:${'a'.repeat(64)}.png`
const text = (t: string, marks: unknown[] = []) => ({
  type: 'text',
  text: t,
  ...(marks.length ? { marks } : {}),
})
const link = (href: string) => ({ type: 'link', attrs: { href } })
const h = (level: number, ...content: unknown[]) => ({ type: 'heading', attrs: { level }, content })
const para = (...content: unknown[]) => ({ type: 'paragraph', content })
const image = (alt: string | null) => ({ type: 'image', attrs: { src: SRC, alt } })
const cell = (type: 'tableCell' | 'tableHeader', t: string) => ({ type, content: [p(t)] })
const table = (header: boolean) => ({
  type: 'table',
  content: [
    {
      type: 'tableRow',
      content: [
        cell(header ? 'tableHeader' : 'tableCell', 'Hvad'),
        cell(header ? 'tableHeader' : 'tableCell', 'Hvornår'),
      ],
    },
    { type: 'tableRow', content: [cell('tableCell', 'Sti'), cell('tableCell', '2027')] },
  ],
})

const kinds = (fs: Finding[]) => fs.map((f) => f.kind)

describe('the accessibility check of a plan', () => {
  it('finds nothing in a plan with described pictures, ordered headings, header rows and telling links', () => {
    const plan = doc(
      h(1, text('Vision')),
      para(
        text('Se '),
        text('kommunens landdistriktspolitik', [link('https://vejen.dk/politik')]),
        text('.'),
      ),
      image('Forsamlingshuset set fra gadekæret'),
      h(2, text('Stier')),
      h(3, text('Stien langs åen')),
      h(1, text('LAG VEJEN')),
      para(text('Skriv til '), text('formand@boevl.dk', [link('mailto:formand@boevl.dk')])),
      table(true),
    )
    expect(accessibilityFindings(plan)).toEqual([])
  })

  it('names a picture without a description and one described by its file name, each fixed in the image dialog', () => {
    const fs = accessibilityFindings(doc(image(''), image(null), image('IMG_2041.JPG'), image('   ')))
    expect(kinds(fs)).toEqual([
      'image-without-alt',
      'image-without-alt',
      'image-alt-is-file-name',
      'image-without-alt',
    ])
    expect(fs.every((f) => f.fix?.kind === 'describe-image')).toBe(true)
    expect(fs[2].values.text).toBe('IMG_2041.JPG')
  })

  it('takes a caption as the words for a picture without a description, as the Word export does', () => {
    const captioned = { type: 'image', attrs: { src: SRC, alt: '', caption: 'Gadekæret en sommeraften' } }
    expect(accessibilityFindings(doc(captioned))).toEqual([])
  })

  it('names a heading that skips a level and offers the level it should have', () => {
    const fs = accessibilityFindings(
      doc(h(1, text('Vision')), h(3, text('Stien')), h(3, text('Hallen')), h(2, text('Mål'))),
    )
    expect(kinds(fs)).toEqual(['heading-skips-level'])
    expect(fs[0]).toMatchObject({ path: [1], values: { level: 3, expected: 2, text: 'Stien' } })
    expect(fs[0].fix).toEqual({ kind: 'set-heading-level', level: 2 })
  })

  it('counts a first heading below level 1 as skipping', () => {
    const [f] = accessibilityFindings(doc(h(2, text('Indledning'))))
    expect(f).toMatchObject({ kind: 'heading-skips-level', fix: { kind: 'set-heading-level', level: 1 } })
  })

  it('names an empty heading (and does not let it count for the levels after it)', () => {
    const fs = accessibilityFindings(doc(h(1, text('A')), h(2), h(2, text('   ')), h(2, text('B'))))
    expect(kinds(fs)).toEqual(['heading-empty', 'heading-empty'])
    expect(fs[0]).toMatchObject({ path: [1], fix: { kind: 'heading-to-text' } })
  })

  it('leaves headings in tables and quotes out of the level check, as the Word file writes them as bold text', () => {
    const quoted = { type: 'blockquote', content: [h(3, text('Citeret'))] }
    const inCell = {
      type: 'table',
      content: [{ type: 'tableRow', content: [{ type: 'tableHeader', content: [h(3, text('Celle'))] }] }],
    }
    expect(accessibilityFindings(doc(h(1, text('A')), quoted, inCell))).toEqual([])
  })

  it('names a table whose first row is not a header row, however deep it sits', () => {
    const inQuote = { type: 'blockquote', content: [table(false)] }
    const fs = accessibilityFindings(doc(table(false), table(true), inQuote))
    expect(kinds(fs)).toEqual(['table-without-header-row', 'table-without-header-row'])
    expect(fs.map((f) => f.path)).toEqual([[0], [2, 0]])
    expect(fs[0].fix).toEqual({ kind: 'add-header-row' })
  })

  it.each([
    ['klik her', 'https://vejen.dk/tilskud', 'link-text-says-nothing'],
    ['Klik her!', 'https://vejen.dk/tilskud', 'link-text-says-nothing'],
    ['læs mere', 'https://vejen.dk/tilskud', 'link-text-says-nothing'],
    ['here', 'https://vejen.dk/tilskud', 'link-text-says-nothing'],
    ['https://vejen.dk/tilskud', 'https://vejen.dk/tilskud', 'link-text-is-address'],
    ['vejen.dk/tilskud/', 'https://vejen.dk/tilskud', 'link-text-is-address'],
    ['www.landdistrikterne.dk', 'https://www.landdistrikterne.dk', 'link-text-is-address'],
    ['https://andet.dk', 'https://vejen.dk', 'link-text-is-address'],
  ])('names the link text %j (to %s) as %s, with the link dialog as fix', (t, href, kind) => {
    const [f] = accessibilityFindings(doc(para(text('Tilskud: '), text(t, [link(href)]))))
    expect(f).toMatchObject({ kind, path: [0, 1], nodeType: 'text', fix: { kind: 'edit-link' } })
  })

  it('reads a link made of several pieces (a bold word) as one link', () => {
    const bold = { type: 'bold' }
    const l = link('https://vejen.dk')
    const fs = accessibilityFindings(doc(para(text('klik ', [l]), text('her', [l, bold]))))
    expect(fs).toHaveLength(1)
    expect(fs[0]).toMatchObject({
      kind: 'link-text-says-nothing',
      path: [0, 0],
      values: { text: 'klik her' },
    })
    const two = accessibilityFindings(doc(para(text('her', [l]), text('her', [link('https://b.dk')]))))
    expect(two.map((f) => f.path)).toEqual([
      [0, 0],
      [0, 1],
    ])
  })

  it('names a long passage in capitals, but not a short heading or a few abbreviations', () => {
    const shout = 'ALLE ER VELKOMNE TIL MØDET I FORSAMLINGSHUSET PÅ TORSDAG KL. 19, HUSK KAFFE'
    const fs = accessibilityFindings(
      doc(
        h(1, text('PROJEKTER OG INITIATIVER')),
        para(text(shout)),
        para(text('LAG og FLAG støtter projekter i landsbyerne omkring Vejen, skriver LAG VEJEN.')),
      ),
    )
    expect(kinds(fs)).toEqual(['long-text-in-capitals'])
    expect(fs[0]).toMatchObject({ path: [1], nodeType: 'paragraph' })
    expect(fs[0].fix).toBeUndefined()
    expect(String(fs[0].values.text).length).toBeLessThanOrEqual(60)
  })

  it('looks inside initiatives, lists and table cells', () => {
    const initiative = {
      type: 'initiative',
      attrs: { id: 'i1', title: 'Sti' },
      content: [para(text('klik her', [link('https://a.dk')]))],
    }
    const list = {
      type: 'bulletList',
      content: [{ type: 'listItem', content: [para(text('her', [link('https://b.dk')]))] }],
    }
    const fs = accessibilityFindings(doc(initiative, list))
    expect(fs.map((f) => f.path)).toEqual([
      [0, 0, 0],
      [1, 0, 0, 0],
    ])
  })

  it('says nothing about what is not a document', () => {
    for (const bad of [
      null,
      42,
      'doc',
      [],
      { type: 'doc', content: 'x' },
      { type: 'doc', content: [null, 7] },
    ])
      expect(accessibilityFindings(bad)).toEqual([])
  })
})

// Random plans from the pieces the check looks at, nested as a plan nests them.
const pieceText = fc.constantFrom('', 'Vision', 'klik her', 'https://vejen.dk', 'Stien langs åen')
const inline = fc
  .array(
    fc.record({
      t: pieceText.filter((s) => s !== ''),
      href: fc.option(fc.constantFrom('https://vejen.dk', 'mailto:a@b.dk')),
    }),
    { maxLength: 3 },
  )
  .map((runs) => runs.map((r) => text(r.t, r.href ? [link(r.href)] : [])))
const leaf = fc.oneof(
  inline.map((c) => para(...c)),
  fc.tuple(fc.constantFrom(1, 2, 3), inline).map(([l, c]) => h(l, ...c)),
  fc.constantFrom('', 'IMG_1.JPG', 'Hallen').map(image),
  fc.boolean().map(table),
)
const block = fc.oneof(
  { weight: 4, arbitrary: leaf },
  {
    weight: 1,
    arbitrary: fc
      .array(leaf, { minLength: 1, maxLength: 3 })
      .map((c) => ({ type: 'blockquote', content: c })),
  },
  {
    weight: 1,
    arbitrary: inline.map((c) => ({
      type: 'bulletList',
      content: [{ type: 'listItem', content: [para(...c)] }],
    })),
  },
)

describe('every finding points at the node it names', () => {
  it('in random plans, the path leads ProseMirror to a node of the type the finding says', () => {
    fc.assert(
      fc.property(fc.array(block, { minLength: 1, maxLength: 12 }), (blocks) => {
        const checked = checkDocument(doc(...blocks))
        if (!checked.ok) return fc.pre(false)
        // The check reads the document as the editor gives it (ProseMirror's own JSON, where
        // neighbouring text with the same marks is one node), as a saved plan also is.
        const node = checked.node
        for (const f of accessibilityFindings(node.toJSON())) {
          const pos = posAtPath(node, f.path)
          expect(pos).not.toBeNull()
          const at = node.nodeAt(pos!)
          expect(at?.type.name).toBe(f.nodeType)
          if (f.nodeType === 'text') expect(at?.marks.some((m) => m.type.name === 'link')).toBe(true)
        }
      }),
      { numRuns: 300 },
    )
  })
})
