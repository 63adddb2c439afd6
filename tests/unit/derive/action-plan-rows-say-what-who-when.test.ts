import { describe, expect, it } from 'vitest'
import { actionPlanRows } from '../../../src/shared/derive'
import { plan } from './planFixture'

describe('actionPlanRows', () => {
  it('gives one row per initiative with what, who, when, budget, funding and status', () => {
    const rows = actionPlanRows(plan)
    expect(rows.map(({ initiative: _, ...r }) => r)).toEqual([
      {
        what: 'Ny legeplads',
        who: 'Mette (Legepladsgruppen)',
        when: 'mar. 2027 – dec. 2027',
        budget: 250000,
        funding: 'Landdistriktspuljen, Lokale og Anlægsfonden',
        status: 'planned',
      },
      { what: 'Cykelsti', who: 'Jens', when: '', budget: 40000, funding: '', status: 'active' },
      { what: 'Fællesspisning hver måned.', who: '', when: '', budget: null, funding: '', status: 'idea' },
    ])
  })

  it('words the dates in English when asked', () => {
    expect(actionPlanRows(plan, 'en')[0].when).toBe('Mar 2027 – Dec 2027')
  })
})
