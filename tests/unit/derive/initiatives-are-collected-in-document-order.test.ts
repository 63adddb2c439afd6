import { describe, expect, it } from 'vitest'
import { collectInitiatives } from '../../../src/shared/derive'
import { checkDocument } from '../../../src/shared/document/validate'
import { doc, initiative, plan } from './planFixture'

describe('collectInitiatives', () => {
  it('uses a fixture the document schema accepts, but for the third initiative (bogus on purpose)', () => {
    const third = (n: unknown) => (n as { attrs?: { id?: unknown } }).attrs?.id === 'i3'
    expect(checkDocument({ ...plan, content: plan.content?.filter((n) => !third(n)) })).toMatchObject({
      ok: true,
    })
    // The document check refuses what collectInitiatives below still survives: a status that is
    // none of ours, a budget in words.
    expect(checkDocument(plan)).toMatchObject({ ok: false, reason: expect.stringContaining('status') })
  })

  it('lists every initiative in order with its section and description text', () => {
    const list = collectInitiatives(plan)
    expect(list.map((e) => [e.index, e.attrs.id, e.section])).toEqual([
      [0, 'i1', 'Projekter og initiativer'],
      [1, 'i2', 'Projekter og initiativer'],
      [2, 'i3', 'Andet'],
    ])
    expect(list[0].descriptionText).toBe('En legeplads ved forsamlingshuset.\nMed bålhytte.')
  })

  it('fills in defaults and replaces attributes of the wrong type', () => {
    const third = collectInitiatives(plan)[2].attrs
    expect(third.status).toBe('idea')
    expect(third.budget).toBeNull()
    expect(third.fundingSources).toEqual([])
    const bare = collectInitiatives(doc(initiative({}, 'x')))[0]
    expect(bare.attrs).toMatchObject({ title: '', lead: '', start: '', budget: null, focusAreas: [] })
    expect(bare.section).toBeNull()
  })

  it('drops malformed months, negative amounts and duplicate focus-area ids', () => {
    const [e] = collectInitiatives(
      doc(initiative({ start: '2027-13', end: 'dec', budget: -5, focusAreas: ['a', 'a', 7, ' '] })),
    )
    expect(e.attrs).toMatchObject({ start: '', end: '', budget: null, focusAreas: ['a'] })
  })

  it('survives documents that are not documents', () => {
    expect(collectInitiatives({ type: 'doc' })).toEqual([])
    expect(
      collectInitiatives({ type: 'doc', content: [null, 3, { type: 'initiative', attrs: null }] }),
    ).toHaveLength(1)
  })
})
