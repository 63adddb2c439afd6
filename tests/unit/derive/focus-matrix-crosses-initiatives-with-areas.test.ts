import { describe, expect, it } from 'vitest'
import { focusMatrix } from '../../../src/shared/derive'
import { catalogue, plan } from './planFixture'

describe('focusMatrix', () => {
  it('has a column per focus area and a row per initiative with a mark where it serves that area', () => {
    const m = focusMatrix(plan, catalogue)
    expect(m.columns.map((c) => c.id)).toEqual(['bosaetning', 'erhverv', 'natur', 'sundhed'])
    expect(m.rows.map((r) => [r.initiative.attrs.id, r.cells])).toEqual([
      ['i1', [true, false, false, true]],
      ['i2', [false, true, false, false]],
      ['i3', [false, false, false, false]],
    ])
  })

  it('has rows but no columns without a catalogue', () => {
    const m = focusMatrix(plan, null)
    expect(m.columns).toEqual([])
    expect(m.rows.map((r) => r.cells)).toEqual([[], [], []])
  })
})
