import { test, expect } from './fixtures/harness'
import { createPlanThroughWizard, editorBody } from './fixtures/pages'
import { seriousAxeViolations } from './fixtures/screens'

test('Hjælp (F1 or the toolbar) shows how to write a plan and the keyboard shortcuts', async ({ app }) => {
  const page = app.page
  await createPlanThroughWizard(page, { council: 'Bøvl Lokalråd' })
  await editorBody(page).click()
  await page.keyboard.press('F1')
  const help = page.getByRole('dialog', { name: 'Hjælp' })
  await expect(help).toBeVisible()
  await expect(help.getByRole('heading', { name: 'Sådan skriver I jeres plan' })).toBeVisible()
  await expect(help).toContainText('har som regel disse dele')
  await expect(help).not.toContainText('returned an object')
  await expect(help.getByRole('listitem')).toHaveCount(10)
  await expect(help.getByRole('listitem').first()).toContainText('Forord')
  await expect(help.getByRole('listitem').nth(3)).toContainText('Vision')
  // The shortcuts come from the toolbar's own actions: bold says what its tooltip says.
  const bold = help.getByRole('row').filter({ hasText: 'Fed' })
  await expect(bold).toContainText('Ctrl+B')
  await expect(page.getByRole('button', { name: 'Fed' })).toHaveAttribute('title', 'Fed (Ctrl+B)')
  await expect(help.getByRole('row').filter({ hasText: 'Søg og erstat' })).toContainText('Ctrl+H')
  expect(await seriousAxeViolations(page)).toEqual([])
  await page.setViewportSize({ width: 683, height: 384 })
  await page.screenshot({ path: 'test-results/help-200pct.png' })
  await page.keyboard.press('Escape')
  await expect(help).toBeHidden()
  await page.getByRole('button', { name: 'Hjælp' }).click()
  await expect(help).toBeVisible()
  await help.getByRole('button', { name: 'Luk' }).click()
  await expect(help).toBeHidden()
})
