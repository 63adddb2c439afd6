import { describe, expect, it } from 'vitest'
import { exportPlanToDocx } from '../../../src/main/backend/export'
import { normaliseInitiativeAttrs } from '../../../src/shared/derive/initiatives'
import { readDocx } from '../../../src/main/backend/import/readDocx'
import { doc as sampleDoc, meta, PNG_NAME } from '../export/fixtures/samplePlan'
import { makePng } from '../export/fixtures/png'
import { withoutPlanPart } from './support/withoutPlanPart'

type N = {
  type: string
  attrs?: Record<string, unknown>
  content?: N[]
  text?: string
  marks?: { type: string }[]
}

/** The parts a reader sees: node types, heading levels, text with its marks; ids and defaults aside. */
function shape(n: N): unknown {
  if (n.type === 'text') return { t: n.text, m: (n.marks ?? []).map((m) => m.type).sort() }
  const out: Record<string, unknown> = { type: n.type }
  if (n.type === 'heading') out.level = n.attrs?.level
  if (n.type === 'initiative') {
    const { id: _id, focusAreas: _f, ...rest } = normaliseInitiativeAttrs(n.attrs ?? {})
    out.attrs = rest
  }
  // An empty prompt paragraph is guidance the export never prints.
  const content = (n.content ?? []).filter((c) => !(c.type === 'paragraph' && !c.content?.length))
  if (content.length) out.content = mergeTexts(content).map(shape)
  return out
}

function mergeTexts(nodes: N[]): N[] {
  const out: N[] = []
  for (const n of nodes) {
    const last = out[out.length - 1]
    const key = (x: N) => JSON.stringify((x.marks ?? []).map((m) => m.type).sort())
    if (n.type === 'text' && last?.type === 'text' && key(last) === key(n))
      out[out.length - 1] = { ...last, text: `${last.text}${n.text}` }
    else out.push(n)
  }
  return out
}

describe('our own Word export read back from its pages (without the plan part it carries)', () => {
  it('gives the same headings, lists, tables, quotes, initiatives and text, æøå included', async () => {
    const bytes = await exportPlanToDocx({
      plan: { meta, doc: sampleDoc },
      readAsset: async (name) => (name === PNG_NAME ? makePng(40, 30) : Promise.reject(new Error('none'))),
      options: { reviewCopy: false, date: new Date('2026-03-12') },
    })
    const back = await readDocx(withoutPlanPart(bytes))

    const normalise = (d: N) => {
      const s = shape(d) as { content: N[] }
      return JSON.parse(JSON.stringify(s).replace(/"asset:[a-f0-9]{64}\.png"/g, '"asset:img"'))
    }
    const expected = normalise(sampleDoc as N)
    // Initiatives come back without focus areas (the new plan has no catalogue yet); they are reported.
    expect(normalise(back.doc as N)).toEqual(expected)

    expect(back.cover).toMatchObject({
      title: meta.title,
      council: meta.council,
      villages: meta.villages,
      municipality: meta.municipality,
      versionLabel: meta.versionLabel,
    })
    expect(back.report.counts.initiatives).toBe(2)
    const focus = back.report.items.find((i) => i.kind === 'focusAreas')
    expect(focus?.samples).toContain('3. Natur- og kulturoplevelser')
    expect(back.images).toHaveLength(1)
  })
})
