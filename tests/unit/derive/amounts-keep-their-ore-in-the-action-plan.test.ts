import { expect, it } from 'vitest'
import { actionPlanRows, collectInitiatives, focusOverview, formatKr } from '../../../src/shared/derive'
import { doc, initiative } from './planFixture'

// "1.250.000,50" in Budget is 1.250.000,50 kr. on the card, in the action plan and in its total.
it('keeps øre through the action plan and the overview total', () => {
  const plan = doc(
    initiative({ id: 'a', title: 'Legeplads', budget: 1250000.5 }),
    initiative({ id: 'b', title: 'Sti', budget: 0.25 }),
  )
  expect(actionPlanRows(plan).map((r) => r.budget)).toEqual([1250000.5, 0.25])
  expect(collectInitiatives(plan)[1].attrs.budget).toBe(0.25)
  expect(formatKr(focusOverview(plan, null).totalBudget, 'da')).toBe('1.250.000,75 kr.')
})
