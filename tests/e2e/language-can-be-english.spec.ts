import { test, expect } from './fixtures/harness'

test('the UI is Danish by default and English can be chosen in settings, and is remembered', async ({
  app,
}) => {
  await expect(app.page.getByRole('heading', { level: 1, name: 'Mine planer' })).toBeVisible()
  expect(await app.page.evaluate(() => document.documentElement.lang)).toBe('da')
  await app.page.getByRole('button', { name: 'Indstillinger' }).click()
  await app.page.getByLabel('Sprog').selectOption('en')
  await expect(app.page.getByRole('heading', { level: 1, name: 'Settings' })).toBeVisible()
  await app.restart()
  await expect(app.page.getByRole('heading', { level: 1, name: 'My plans' })).toBeVisible()
  expect(await app.page.evaluate(() => document.documentElement.lang)).toBe('en')
})
