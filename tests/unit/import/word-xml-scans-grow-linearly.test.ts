import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { openDocx } from '../../../src/main/backend/import/openDocx'
import { ReportCollector } from '../../../src/main/backend/import/report'
import { scanParts } from '../../../src/main/backend/import/scanParts'
import { readWordComments } from '../../../src/main/backend/reviews/wordComments'
import { backtrackingDocx, unclosedDocx } from '../../fixtures/hostileDocx'
import { outcome, wordImportRig } from './support/wordImportRig'

/** The fastest of a few runs: the least disturbed by the other work on the machine. */
function fastest(run: () => void, reps = 3): number {
  let best = Infinity
  for (let i = 0; i < reps; i++) {
    const t = performance.now()
    run()
    best = Math.min(best, performance.now() - t)
  }
  return best
}

const scanBoth = (pkg: ReturnType<typeof openDocx>) => () => {
  scanParts(pkg, new ReportCollector())
  readWordComments(pkg)
}

describe('the Word part scan and the comment reader', () => {
  // The old lazy regexes rescanned to the end of the part from every start that never closed:
  // four times the input took sixteen times as long (250 KB: ~1 s, 500 KB: ~4 s, 5 MB: hours). A
  // linear scan takes about four times as long. The bound sits between the two on a log scale
  // (8x: a factor 2 from each), so a noisy shared machine does not decide the answer.
  it('grow in proportion to the input, not with its square', () => {
    const small = openDocx(backtrackingDocx(125))
    const large = openDocx(backtrackingDocx(500))
    fastest(scanBoth(small), 1) // warm the JIT before timing
    const t1 = fastest(scanBoth(small), 5)
    const t2 = fastest(scanBoth(large), 5)
    expect(t2 / t1).toBeLessThan(8)
  }, 60_000)

  describe('through the real handlers', () => {
    let rig: Awaited<ReturnType<typeof wordImportRig>>
    beforeEach(async () => {
      rig = await wordImportRig()
    })
    afterEach(async () => rig.cleanup())

    it('a 500 KB file of never-closing lookalikes imports, as a plan and as comments', async () => {
      expect(outcome(await rig.importDocx(backtrackingDocx(500)))).toBe('imported')
      const planId = await rig.blankPlan()
      expect(outcome(await rig.importComments(planId, backtrackingDocx(500)))).toBe('imported')
    }, 60_000)

    it('a 500 KB file of unclosed tags is refused as damaged', async () => {
      expect(outcome(await rig.importDocx(unclosedDocx(500)))).toEqual({
        code: 'invalid-file',
        reason: 'damaged-xml',
      })
    })
  })
})
