import { expect, it } from 'vitest'
import { compareDocs } from '../../../src/shared/derive/compareDocs'

const para = (text: string) => ({ type: 'paragraph', content: [{ type: 'text', text }] })
const heading = (text: string) => ({
  type: 'heading',
  attrs: { level: 2 },
  content: [{ type: 'text', text }],
})
const doc = (...content: unknown[]) => ({ type: 'doc', content })

it('marks a new paragraph as added and a dropped one as removed, leaving the rest the same', () => {
  const d = compareDocs(
    doc(heading('Vision'), para('Et godt sted at bo.')),
    doc(heading('Vision'), para('Ny idé.'), para('Et godt sted at bo.')),
  )
  expect(d.blocks.map((b) => b.kind)).toEqual(['same', 'added', 'same'])
  expect(d.added).toBe(2)
  const r = compareDocs(doc(para('A'), para('B')), doc(para('B')))
  expect(r.blocks.map((b) => b.kind)).toEqual(['removed', 'same'])
  expect(r.removed).toBe(1)
})

it('marks changed words inside a paragraph and keeps the text readable when joined', () => {
  const d = compareDocs(doc(para('Hallen får nyt tag i 2026.')), doc(para('Hallen får nyt gulv i 2027.')))
  const [block] = d.blocks
  expect(block.kind).toBe('changed')
  expect(
    block.parts
      .filter((p) => p.kind !== 'added')
      .map((p) => p.text)
      .join(''),
  ).toBe('Hallen får nyt tag i 2026.')
  expect(
    block.parts
      .filter((p) => p.kind !== 'removed')
      .map((p) => p.text)
      .join(''),
  ).toBe('Hallen får nyt gulv i 2027.')
  expect(block.parts.filter((p) => p.kind === 'removed').map((p) => p.text.trim())).toEqual(['tag', '2026.'])
})

it("sees a change in an initiative's fields and survives documents of the wrong shape", () => {
  const ini = (lead: string) => ({
    type: 'initiative',
    attrs: { title: 'Legeplads', lead },
    content: [para('Tekst')],
  })
  const d = compareDocs(doc(ini('Anna')), doc(ini('Bo')))
  expect(d.blocks.some((b) => b.kind === 'changed')).toBe(true)
  expect(compareDocs(null, { type: 'doc', content: 'nej' })).toEqual({ blocks: [], added: 0, removed: 0 })
  expect(compareDocs(doc(para('x')), doc(para('x')))).toMatchObject({ added: 0, removed: 0 })
})

it('stays fast on a long plan', () => {
  const many = (n: number, mark: string) =>
    doc(...Array.from({ length: n }, (_, i) => para(`Afsnit ${i} ${i % 7 === 0 ? mark : ''}`)))
  const t = performance.now()
  const d = compareDocs(many(1500, 'a'), many(1500, 'b'))
  expect(performance.now() - t).toBeLessThan(3000)
  expect(d.blocks.filter((b) => b.kind === 'changed').length).toBeGreaterThan(100)
})
