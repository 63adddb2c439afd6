import { describe, expect, it } from 'vitest'
import { actionPlanRows, focusMatrix, focusOverview } from '../../../src/shared/derive'
import { catalogue, doc, h, initiative, p } from './planFixture'

/** A plan where one card was just added (no title, no description) and one is named only by its text. */
const plan = doc(
  h('Projekter og initiativer', ['natur']),
  initiative({ id: 'i1', title: 'Ny legeplads', focusAreas: ['bosaetning'] }, 'Ved forsamlingshuset.'),
  initiative({ id: 'blank', title: '', focusAreas: ['erhverv'] }),
  initiative({ id: 'i3', title: '   ' }, 'Fællesspisning hver måned.'),
  p('Mere tekst.'),
)

describe('an initiative with no name yet', () => {
  it('is not a line of the action plan', () => {
    expect(actionPlanRows(plan).map((r) => [r.initiative.attrs.id, r.what])).toEqual([
      ['i1', 'Ny legeplads'],
      ['i3', 'Fællesspisning hver måned.'],
    ])
  })

  it('is not a row of the matrix, and a row is listed by the same name as in the action plan', () => {
    expect(focusMatrix(plan, catalogue).rows.map((r) => [r.initiative.attrs.id, r.name])).toEqual([
      ['i1', 'Ny legeplads'],
      ['i3', 'Fællesspisning hver måned.'],
    ])
  })

  it('still counts in the focus overview, where the panel says why it is not listed', () => {
    const o = focusOverview(plan, catalogue)
    expect(o.areas.find((a) => a.area.id === 'erhverv')?.initiatives.map((e) => e.attrs.id)).toEqual([
      'blank',
    ])
  })

  it('keeps its place in the count, so jumping from a row lands on the right card', () => {
    expect(focusMatrix(plan, catalogue).rows.map((r) => r.initiative.index)).toEqual([0, 2])
  })
})
