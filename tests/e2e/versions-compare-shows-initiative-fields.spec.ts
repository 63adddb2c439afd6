import type { Page } from '@playwright/test'
import { test, expect } from './fixtures/harness'
import { HomePage } from './fixtures/pages'
import { NewPlanInput } from '../../src/shared/api'

const para = (text: string) => ({ type: 'paragraph', content: [{ type: 'text', text }] })
const initiative = (attrs: Record<string, unknown>) => ({
  type: 'initiative',
  attrs: {
    id: 'legeplads-1',
    title: 'Ny legeplads ved hallen',
    status: 'idea',
    lead: 'Anna Holm',
    budget: 100000,
    focusAreas: ['bosaetning-naermiljoe'],
    ...attrs,
  },
  content: [para('Vi bygger en legeplads for alle aldre.')],
})

function panel(page: Page) {
  return page.getByRole('dialog', { name: 'Versioner og sikkerhedskopier' })
}

test("comparing versions words an initiative's changed fields (Budget: 100.000 kr. → 125.000 kr.), never its id", async ({
  app,
}) => {
  const h = app.handlers
  // Seeded through the contract (with its defaults), as the wizard would create it.
  const plan = await h['plans.create'](
    NewPlanInput.parse({ title: 'Bøvl 2030', council: 'Bøvl Lokalråd', catalogueId: 'lag-vejen' }),
  )
  const doc = (attrs: Record<string, unknown>) => ({
    type: 'doc' as const,
    content: [para('Indledning.'), initiative(attrs), para('Afslutning.')],
  })
  const first = await h['plans.save']({ id: plan.id, rev: plan.rev, doc: doc({}) })
  await h['versions.create']({ id: plan.id, name: 'Sendt til kommunen' })
  await h['plans.save']({
    id: plan.id,
    rev: first.rev,
    doc: doc({ budget: 125000, status: 'planned', focusAreas: ['bosaetning-naermiljoe', 'sundhed'] }),
  })

  await app.page.reload()
  await new HomePage(app).openPlan('Bøvl 2030')
  await app.page.getByRole('button', { name: 'Versioner' }).click()
  await panel(app.page)
    .getByRole('button', { name: 'Sammenlign versionen »Sendt til kommunen« med planen nu' })
    .click()
  const block = panel(app.page).locator('.compare-initiative')
  await expect(block).toContainText('Initiativ «Ny legeplads ved hallen»')
  const budget = block.getByRole('listitem').filter({ hasText: 'Budget' })
  await expect(budget.locator('del')).toHaveText('[fjernet: 100.000 kr.]')
  await expect(budget.locator('ins')).toHaveText('[tilføjet: 125.000 kr.]')
  await expect(block.getByRole('listitem').filter({ hasText: 'Status' })).toContainText('Idé')
  await expect(block.getByRole('listitem').filter({ hasText: 'Status' })).toContainText('Planlagt')
  await expect(
    block.getByRole('listitem').filter({ hasText: 'Indsatsområder' }).locator('ins'),
  ).toContainText('Sundhed')
  await expect(panel(app.page).locator('.compare-summary')).toHaveText(
    '0 ord tilføjet, 0 ord fjernet. 3 felter i initiativer er ændret.',
  )
  await expect(panel(app.page)).not.toContainText('legeplads-1')
  await expect(panel(app.page)).not.toContainText('{')
  await app.page.screenshot({ path: 'test-results/compare-initiative-fields.png' })
})
