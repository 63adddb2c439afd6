import { describe, expect, it } from 'vitest'
import { planOutline, type OutlineEntry } from '../../../src/shared/derive/planOutline'
import { LABELS } from '../../../src/main/backend/export/docx/labels'
import { exportSample, unzipText } from '../export/fixtures/readDocx'
import { doc as samplePlan, meta } from '../export/fixtures/samplePlan'
import { doc, initiative, p } from './planFixture'
import type { DocJSON } from '../../../src/shared/model/plan'

const decode = (s: string) =>
  s
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&')

/** The Word file's contents (title and level per entry) and every heading paragraph's level. */
async function wordOutline(plan: DocJSON) {
  const xml = unzipText(await exportSample({}, { meta: { ...meta, catalogue: null }, doc: plan }))[
    'word/document.xml'
  ]
  const sdt = /<w:sdtContent>(.*?)<\/w:sdtContent>/s.exec(xml)?.[1] ?? ''
  const contents = [
    ...sdt.matchAll(
      /<w:pStyle w:val="TOC(\d)"\/>.*?<w:hyperlink[^>]*><w:r><w:t xml:space="preserve">([^<]*)</g,
    ),
  ].map((m) => ({ level: Number(m[1]), title: decode(m[2]) }))
  const body = xml.slice(xml.indexOf('</w:sdt>'))
  const levels = [...body.matchAll(/<w:pStyle w:val="Heading(\d)"\/>/g)].map((m) => Number(m[1]))
  return { contents, levels }
}

const named = (e: OutlineEntry) => e.title || LABELS.da.untitledInitiative
const h = (level: number, text?: string) => ({
  type: 'heading',
  attrs: { level },
  ...(text === undefined ? {} : { content: [{ type: 'text', text }] }),
})

const tricky = doc(
  h(2, 'Først et niveau 2'),
  h(3, 'Så 3'),
  h(1, 'Vision & mål <2030>'),
  h(3, 'Sprang over 2'),
  h(3, 'Og igen 3'),
  initiative({ id: 'a', title: 'Sti under 3' }, 'Beskrivelse'),
  h(1),
  h(2, '   '),
  initiative({ id: 'b', title: '' }, 'Uden titel'),
  { type: 'blockquote', content: [h(1, 'Citeret overskrift')] },
  {
    type: 'table',
    content: [{ type: 'tableRow', content: [{ type: 'tableHeader', content: [h(1, 'I en celle')] }] }],
  },
  {
    type: 'bulletList',
    content: [{ type: 'listItem', content: [p('punkt'), initiative({ id: 'c', title: 'I en liste' })] }],
  },
  h(1, 'Til sidst'),
  initiative({ id: 'd', title: 'Legeplads' }),
)

describe('the PDF has the outline the Word file has', () => {
  it.each([
    ['the sample plan', samplePlan],
    ['a plan with skipped levels, empty headings, quoted and nested headings', tricky],
  ])(
    '%s: the same contents entries at the same levels, and every heading at the level Word writes',
    async (_name, plan) => {
      const word = await wordOutline(plan)
      const outline = planOutline(plan)
      expect(outline.filter((e) => e.inContents).map((e) => ({ level: e.level, title: named(e) }))).toEqual(
        word.contents,
      )
      expect(outline.map((e) => e.level)).toEqual(word.levels)
      expect(word.contents.length).toBeGreaterThan(3)
    },
  )

  it('gives each entry the path of its node, and levels never more than one below the one before', () => {
    const outline = planOutline(tricky)
    expect(outline.slice(0, 4).map((e) => [e.path, e.level])).toEqual([
      [[0], 1],
      [[1], 2],
      [[2], 1],
      [[3], 2],
    ])
    expect(outline.find((e) => e.title === 'I en liste')?.path).toEqual([11, 0, 1])
    for (let i = 1; i < outline.length; i++)
      expect(outline[i].level).toBeLessThanOrEqual(outline[i - 1].level + 1)
  })
})
