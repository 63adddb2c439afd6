import { describe, expect, it } from 'vitest'
import { all, exportSample, toHtml, unzipText } from './fixtures/readDocx'
import { meta } from './fixtures/samplePlan'
import type { DocJSON } from '../../../src/shared/model/plan'

const h = (level: number, text: string) => ({
  type: 'heading',
  attrs: { level },
  content: [{ type: 'text', text }],
})
const p = (text: string) => ({ type: 'paragraph', content: [{ type: 'text', text }] })
const plan = (...content: unknown[]) => ({
  meta: { ...meta, catalogue: null },
  doc: { type: 'doc', content } as DocJSON,
})

async function outline(doc: ReturnType<typeof plan>) {
  const bytes = await exportSample({}, doc)
  const body = unzipText(bytes)['word/document.xml']
  const sdt = /<w:sdtContent>(.*?)<\/w:sdtContent>/s.exec(body)?.[1] ?? ''
  return {
    levels: all(/<w:pStyle w:val="Heading(\d)"\/>/g, body).map(Number),
    contents: all(/<w:pStyle w:val="TOC(\d)"\/>/g, sdt).map(Number),
    html: (await toHtml(bytes)).value,
  }
}

describe('a plan whose highest heading is not Heading 1', () => {
  it('writes a plan of only Heading 2 sections as Heading 1 sections, equals in the outline', async () => {
    const o = await outline(plan(h(2, 'Forord'), p('Tekst.'), h(2, 'Om byen'), p('Tekst.'), h(2, 'Vision')))
    expect(o.levels).toEqual([1, 1, 1])
    expect(o.contents).toEqual([1, 1, 1])
    expect(o.html).toMatch(/<h1>(<a id="_Toc\d+"><\/a>)?Forord<\/h1>/)
    expect(o.html).toMatch(/<h1>(<a id="_Toc\d+"><\/a>)?Vision<\/h1>/)
  })

  it('moves every level up by the same step, keeping sections under their chapters', async () => {
    const o = await outline(plan(h(2, 'Kapitel'), h(3, 'Afsnit'), h(3, 'Afsnit to'), h(2, 'Kapitel to')))
    expect(o.levels).toEqual([1, 2, 2, 1])
  })

  it('puts an initiative one level below its moved section', async () => {
    const o = await outline(
      plan(h(2, 'Initiativer'), {
        type: 'initiative',
        attrs: { id: 'i1', title: 'Ny sti' },
        content: [p('Ved åen.')],
      }),
    )
    expect(o.levels).toEqual([1, 2])
  })

  it('leaves a plan that has a Heading 1 as it is, and counts no empty or table heading', async () => {
    const cellHeading = {
      type: 'table',
      content: [{ type: 'tableRow', content: [{ type: 'tableCell', content: [h(1, 'I en celle')] }] }],
    }
    const empty = { type: 'heading', attrs: { level: 1 }, content: [] }
    expect((await outline(plan(h(1, 'Kapitel'), h(2, 'Afsnit'), h(3, 'Under')))).levels).toEqual([1, 2, 3])
    expect((await outline(plan(empty, cellHeading, h(3, 'Kapitel'), h(3, 'Kapitel to')))).levels).toEqual([
      1, 1,
    ])
  })
})
