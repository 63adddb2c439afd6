import { describe, expect, it } from 'vitest'
import { planWords } from '../../../src/renderer/src/features/spelling/planWords'

describe("the plan's own names as words of the plan", () => {
  it('takes every word of the villages, the council and the municipality, hyphenated names whole and in parts', () => {
    const words = planWords({
      villages: ['Nørre Snede', 'Vester-Nebel'],
      council: 'Skovbækgård Lokalråd',
      municipality: 'Ikast-Brande Kommune',
    })
    expect(new Set(words)).toEqual(
      new Set([
        'Nørre',
        'Snede',
        'Vester-Nebel',
        'Vester',
        'Nebel',
        'Skovbækgård',
        'Lokalråd',
        'Ikast-Brande',
        'Ikast',
        'Brande',
        'Kommune',
      ]),
    )
  })

  it('gives nothing for a plan without names, and each word once', () => {
    expect(planWords({ villages: [], council: '', municipality: '' })).toEqual([])
    expect(planWords({ villages: ['Ry', 'Ry'], council: 'Ry', municipality: '' })).toEqual(['Ry'])
  })
})
