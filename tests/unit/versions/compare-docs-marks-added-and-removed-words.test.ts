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
  const side = (drop: string) =>
    block.parts
      .filter((p) => p.kind !== drop)
      .map((p) => p.text)
      .join('')
  expect(side('added')).toBe('Hallen får nyt tag i 2026.')
  expect(side('removed')).toBe('Hallen får nyt gulv i 2027.')
  expect(block.parts.filter((p) => p.kind === 'removed').map((p) => p.text.trim())).toEqual(['tag', '2026.'])
})

const ini = (attrs: Record<string, unknown>, text = 'Tekst') => ({
  type: 'initiative',
  attrs: { id: 'i-1', title: 'Legeplads', lead: 'Anna', budget: 100000, focusAreas: [], ...attrs },
  content: [para(text)],
})

it("shows an initiative's changed fields by name with both values, never its id or raw JSON", () => {
  const d = compareDocs(doc(ini({})), doc(ini({ lead: 'Bo', budget: 125000 })))
  const changed = d.blocks.filter((b) => b.kind !== 'same')
  expect(changed).toHaveLength(1)
  expect(changed[0].kind).toBe('changed')
  expect(changed[0].initiative).toEqual({
    title: 'Legeplads',
    fields: [
      { field: 'lead', before: 'Anna', after: 'Bo' },
      { field: 'budget', before: 100000, after: 125000 },
    ],
  })
  expect(JSON.stringify(changed[0].parts)).not.toContain('i-1')
})

it('pairs initiatives by id, so a moved card with a new budget is one change, not two unrelated ones', () => {
  const other = { type: 'initiative', attrs: { id: 'i-2', title: 'Sti' }, content: [para('Sti')] }
  const d = compareDocs(doc(ini({}), para('Midt'), other), doc(para('Midt'), other, ini({ budget: 5 })))
  const legeplads = d.blocks.filter((b) => b.initiative?.title === 'Legeplads')
  expect(legeplads.map((b) => b.kind)).toEqual(['changed'])
  expect(legeplads[0].initiative?.fields).toEqual([{ field: 'budget', before: 100000, after: 5 }])
})

it('lists every field of an added initiative and treats empty values alike', () => {
  const d = compareDocs(doc(para('x')), doc(para('x'), ini({ group: '', fundingSources: ['Puljen'] })))
  const added = d.blocks.find((b) => b.kind === 'added' && b.initiative)
  expect(added?.initiative?.fields.map((f) => f.field)).toEqual(['title', 'lead', 'budget', 'fundingSources'])
  const same = compareDocs(doc(ini({ group: '' })), doc(ini({ group: null })))
  expect(same.blocks.every((b) => b.kind === 'same')).toBe(true)
})

it('survives documents of the wrong shape', () => {
  expect(compareDocs(null, { type: 'doc', content: 'nej' })).toEqual({ blocks: [], added: 0, removed: 0 })
  expect(compareDocs(doc(para('x')), doc(para('x')))).toMatchObject({ added: 0, removed: 0 })
})

it('finds exactly the two changed blocks of a 300-page plan, edited at 10 % and 90 %', () => {
  // ~3,700 blocks a side: the old quadratic table gave up past 4 M cells and called the whole
  // middle changed (3,706 blocks). The diff must be right at any size and any distance.
  const n = 3700
  const blocks = (edit: boolean) =>
    Array.from({ length: n }, (_, i) => {
      const changed = edit && (i === Math.floor(n * 0.1) || i === Math.floor(n * 0.9))
      return i % 10 === 3
        ? heading(`Afsnit ${i}`)
        : para(`Tekst nummer ${i} ${changed ? 'ændret' : 'som før'}.`)
    })
  const d = compareDocs(doc(...blocks(false)), doc(...blocks(true)))
  const changed = d.blocks.filter((b) => b.kind !== 'same')
  expect(changed.map((b) => b.kind)).toEqual(['changed', 'changed'])
  expect(d.blocks).toHaveLength(n)
  expect(d).toMatchObject({ added: 2, removed: 4 })
})

it('pairs a run of rewritten paragraphs block by block', () => {
  const d = compareDocs(
    doc(para('a b'), para('c d'), para('slut')),
    doc(para('a B'), para('C d'), para('slut')),
  )
  expect(d.blocks.map((b) => b.kind)).toEqual(['changed', 'changed', 'same'])
})
