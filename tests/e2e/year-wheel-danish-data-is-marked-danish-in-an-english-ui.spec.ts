import { test, expect } from './fixtures/harness'

test("in an English UI the shipped wheel's Danish event names and details carry lang=da; the UI's own words do not", async ({
  app,
}) => {
  const page = app.page
  await page.getByRole('button', { name: 'Indstillinger' }).click()
  await page.getByLabel('Sprog').selectOption('en')
  await expect(page.getByRole('heading', { level: 1, name: 'Settings' })).toBeVisible()
  await page.getByRole('button', { name: 'Year wheel', exact: true }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'Year wheel' })).toBeVisible()
  const item = page.locator('.year-list-item').filter({ hasText: 'Tema- og budgetmøde' }).first()
  await expect(item.locator('strong')).toHaveAttribute('lang', 'da')
  await expect(item.locator('.year-detail span').first()).toHaveAttribute('lang', 'da')
  await expect(item.locator('.year-kind')).not.toHaveAttribute('lang', /.+/)
  await expect(page.locator('.year-wheel-svg path.year-item-meeting title').first()).toHaveAttribute(
    'lang',
    'da',
  )
})
