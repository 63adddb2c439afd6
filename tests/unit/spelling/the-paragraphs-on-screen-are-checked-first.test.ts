import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { joinRanges, screenFirst, type Range } from '../../../src/renderer/src/features/spelling/ranges'

const covered = (rs: readonly Range[]) =>
  rs.flatMap((r) => Array.from({ length: r.to - r.from }, (_, i) => r.from + i))

describe('the order the spell check looks at the plan in', () => {
  it('takes the part on screen first, then the rest from the start', () => {
    const dirty = [
      { from: 0, to: 100 },
      { from: 200, to: 400 },
    ]
    expect(screenFirst(dirty, { from: 50, to: 250 })).toEqual([
      { from: 50, to: 100 },
      { from: 200, to: 250 },
      { from: 0, to: 50 },
      { from: 250, to: 400 },
    ])
  })

  it('keeps the order of the plan when nothing on screen is left to look at, or nothing is on screen', () => {
    const dirty = [{ from: 300, to: 400 }]
    expect(screenFirst(dirty, { from: 0, to: 100 })).toEqual(dirty)
    expect(screenFirst(dirty, null)).toEqual(dirty)
  })

  it('takes a deletion on screen (an empty range) first too, and only once', () => {
    // The case fast-check found: a letter deleted off screen and one on screen.
    const dirty = [
      { from: 0, to: 0 },
      { from: 1, to: 1 },
    ]
    expect(screenFirst(dirty, { from: 1, to: 1 })).toEqual([
      { from: 1, to: 1 },
      { from: 0, to: 0 },
    ])
    expect(
      screenFirst(
        [
          { from: 40, to: 40 },
          { from: 500, to: 600 },
        ],
        { from: 0, to: 100 },
      ),
    ).toEqual([
      { from: 40, to: 40 },
      { from: 500, to: 600 },
    ])
  })

  it('looks at every position once, whatever is on screen', () => {
    const range = fc.tuple(fc.nat(500), fc.nat(100)).map(([from, len]) => ({ from, to: from + len }))
    fc.assert(
      fc.property(fc.array(range, { maxLength: 6 }), range, (list, screen) => {
        const dirty = joinRanges([], list)
        const order = screenFirst(dirty, screen)
        expect(covered(order).sort((a, b) => a - b)).toEqual(covered(dirty))
        // Nothing off screen comes before something on screen.
        const on = order.map((r) => r.from >= screen.from && r.to <= screen.to)
        expect(on.indexOf(false) === -1 || on.lastIndexOf(true) < on.indexOf(false)).toBe(true)
      }),
    )
  })
})
