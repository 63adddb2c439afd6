import AxeBuilder from '@axe-core/playwright'
import type { Page } from '@playwright/test'
import { test, expect } from './fixtures/harness'

async function seriousViolations(page: Page) {
  const r = await new AxeBuilder({ page }).analyze()
  return r.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)
}

test('the home screen and every step of the new-plan flow have no serious accessibility faults', async ({
  app,
}) => {
  const page = app.page
  expect(await seriousViolations(page)).toEqual([])
  await page.getByRole('button', { name: 'Ny plan' }).first().click()
  for (let step = 0; step < 4; step++) {
    expect(await seriousViolations(page)).toEqual([])
    if (step === 0) await page.getByLabel('Lokalrådets eller klyngens navn').fill('Bøvl Lokalråd')
    if (step < 3) await page.getByRole('button', { name: 'Næste' }).click()
  }
})

test('a plan can be created with the keyboard alone', async ({ app }) => {
  const page = app.page
  await page.getByRole('button', { name: 'Ny plan' }).first().focus()
  await page.keyboard.press('Enter')
  await expect(page.getByLabel('Lokalrådets eller klyngens navn')).toBeFocused()
  await page.keyboard.type('Tastatur Lokalråd')
  await page.keyboard.press('Enter') // submits the step
  await expect(page.getByRole('heading', { name: 'Hvor?' })).toBeVisible()
  await page.keyboard.type('Bøvl')
  await page.keyboard.press('Enter') // adds the village
  await expect(page.getByRole('list', { name: 'Valgte landsbyer' })).toContainText('Bøvl')
  await page.getByRole('button', { name: 'Næste' }).focus()
  await page.keyboard.press('Enter')
  await page.getByRole('button', { name: 'Næste' }).focus()
  await page.keyboard.press('Enter')
  await page.getByRole('button', { name: 'Opret planen' }).focus()
  await page.keyboard.press('Enter')
  await expect(page.locator('.ProseMirror')).toBeVisible()
  const saved = await app.savedPlan()
  expect(saved.meta).toMatchObject({ council: 'Tastatur Lokalråd', villages: ['Bøvl'] })
})
