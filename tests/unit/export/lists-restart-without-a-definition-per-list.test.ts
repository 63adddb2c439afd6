import { describe, expect, it } from 'vitest'
import { all, exportSample, unzipText } from './fixtures/readDocx'
import { meta } from './fixtures/samplePlan'
import type { DocJSON } from '../../../src/shared/model/plan'

const item = (text: string) => ({
  type: 'listItem',
  content: [{ type: 'paragraph', content: [{ type: 'text', text }] }],
})
const planWithLists = (n: number): DocJSON => ({
  type: 'doc',
  content: Array.from({ length: n }, (_, i) => [
    { type: 'paragraph', content: [{ type: 'text', text: `Afsnit ${i}` }] },
    { type: i % 2 ? 'bulletList' : 'orderedList', content: [item(`Punkt ${i}.1`), item(`Punkt ${i}.2`)] },
  ]).flat(),
})

async function numberingOf(lists: number) {
  const parts = unzipText(
    await exportSample({}, { meta: { ...meta, catalogue: null }, doc: planWithLists(lists) }),
  )
  return { numbering: parts['word/numbering.xml'], body: parts['word/document.xml'] }
}

describe('lists in the export', () => {
  it('use the same two abstract numbering definitions however many lists there are', async () => {
    const few = await numberingOf(2)
    const many = await numberingOf(40)
    const abstract = (x: string) => all(/<w:abstractNum [^>]*w:abstractNumId="(\d+)"/g, x).length
    expect(abstract(many.numbering)).toBe(abstract(few.numbering))
    // ours (bullet, ordered) plus the one docx always writes for its own default bullets
    expect(abstract(many.numbering)).toBeLessThanOrEqual(3)
  })

  it('give each list its own numbering instance that starts again at 1', async () => {
    const { numbering, body } = await numberingOf(6)
    const numIds = all(/<w:numId w:val="(\d+)"\/>/g, body)
    // two items per list share an instance; six lists, six instances
    expect(new Set(numIds).size).toBe(6)
    for (const id of new Set(numIds)) {
      const num = new RegExp(`<w:num w:numId="${id}"[^>]*>(.*?)</w:num>`, 's').exec(numbering)?.[1] ?? ''
      expect(num, `instance ${id} restarts`).toMatch(
        /<w:lvlOverride w:ilvl="0"><w:startOverride w:val="1"\/>/,
      )
    }
  })
})
