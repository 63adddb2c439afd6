import { describe, expect, it } from 'vitest'
import { focusOverview } from '../../../src/shared/derive'
import { catalogue, doc, h, initiative, plan } from './planFixture'

describe('focusOverview', () => {
  const o = focusOverview(plan, catalogue)
  const byId = (id: string) => o.areas.find((a) => a.area.id === id)!

  it('lists every focus area in catalogue order with its initiatives and summed budget', () => {
    expect(o.areas.map((a) => a.area.id)).toEqual(['bosaetning', 'erhverv', 'natur', 'sundhed'])
    expect(byId('bosaetning').initiatives.map((e) => e.attrs.id)).toEqual(['i1'])
    expect(byId('bosaetning').budget).toBe(250000)
    expect(byId('sundhed').budget).toBe(250000)
    expect(byId('erhverv').budget).toBe(40000)
  })

  it('counts an initiative serving two focus areas once in the total', () => {
    expect(o.totalBudget).toBe(290000)
  })

  it('counts headings tagged with a focus area, so that area is no gap', () => {
    expect(byId('natur').headings).toEqual([{ text: 'Projekter og initiativer', index: 1 }])
    expect(o.gaps).toEqual([])
  })

  it('shows focus areas nothing serves as gaps', () => {
    const small = focusOverview(doc(initiative({ focusAreas: ['erhverv'] }, 'x')), catalogue)
    expect(small.gaps.map((a) => a.id)).toEqual(['bosaetning', 'natur', 'sundhed'])
  })

  it('flags initiatives with no focus area, and those linked only to ids the catalogue lacks', () => {
    expect(o.unlinked.map((e) => e.attrs.id)).toEqual(['i3'])
    const stale = focusOverview(
      doc(h('Trafik', ['gammel-trafik']), initiative({ id: 'x', focusAreas: ['gammel-trafik'] }, 'x')),
      catalogue,
    )
    expect(stale.unlinked.map((e) => e.attrs.id)).toEqual(['x'])
    expect(stale.unknownIds).toEqual(['gammel-trafik'])
  })

  it('without a catalogue judges nothing unknown and flags only initiatives with no links', () => {
    const none = focusOverview(plan, null)
    expect(none.areas).toEqual([])
    expect(none.gaps).toEqual([])
    expect(none.unknownIds).toEqual([])
    expect(none.unlinked.map((e) => e.attrs.id)).toEqual(['i3'])
  })
})
