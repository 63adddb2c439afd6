import AxeBuilder from '@axe-core/playwright'
import { readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { test, expect } from './fixtures/harness'
import { HomePage, createPlanThroughWizard, editorBody, saveStatus } from './fixtures/pages'

test('a plan file cut short is set aside, the newest backup is offered in plain Danish, and restoring brings the plan back', async ({
  app,
}) => {
  await createPlanThroughWizard(app.page, { council: 'Bøvl Lokalråd' })
  await editorBody(app.page).click()
  await app.page.keyboard.type('Ordene skal overleve et dødt batteri.')
  await expect(saveStatus(app.page)).toHaveText('Gemt')
  await app.page.getByRole('button', { name: 'Tilbage til mine planer' }).click()
  await app.quit()
  const [file] = await app.planFiles()
  const path = join(app.dataDir, 'plans', file)
  const text = await readFile(path, 'utf8')
  await writeFile(path, text.slice(0, Math.floor(text.length / 3)))
  await app.open()

  const page = app.page
  const alert = page.getByRole('alert').filter({ hasText: 'En plan kunne ikke åbnes' })
  await expect(alert).toContainText('Udviklingsplan for Bøvl Lokalråd')
  await expect(alert).toContainText(
    /Der er en sikkerhedskopi af »Udviklingsplan for Bøvl Lokalråd« fra i dag kl\. \d{1,2}\.\d{2}\./,
  )
  const serious = (await new AxeBuilder({ page }).include('.quarantine').analyze()).violations.filter(
    (v) => v.impact === 'serious' || v.impact === 'critical',
  )
  expect(serious.map((v) => v.id)).toEqual([])
  await alert.getByRole('button', { name: /^Gendan fra sikkerhedskopi fra i dag kl\./ }).click()

  await expect(alert).toHaveCount(0)
  const home = new HomePage(app)
  await home.openPlan('Udviklingsplan for Bøvl Lokalråd')
  await expect(editorBody(page)).toContainText('Ordene skal overleve et dødt batteri.')
  expect(JSON.stringify((await app.savedPlan(file.replace('.json', ''))).doc)).toContain('dødt batteri')
})

test('a plan saved by a newer Planværksted opens read-only with a clear notice and is never written', async ({
  app,
}) => {
  await createPlanThroughWizard(app.page, { council: 'Ådalen Landsbyråd' })
  await editorBody(app.page).click()
  await app.page.keyboard.type('Skrevet i fremtiden.')
  await expect(saveStatus(app.page)).toHaveText('Gemt')
  await app.page.getByRole('button', { name: 'Tilbage til mine planer' }).click()
  await app.quit()
  const [file] = await app.planFiles()
  const path = join(app.dataDir, 'plans', file)
  const newer = JSON.stringify({ ...JSON.parse(await readFile(path, 'utf8')), schemaVersion: 99, future: 1 })
  await writeFile(path, newer)
  await app.open()

  await new HomePage(app).openPlan('Udviklingsplan for Ådalen Landsbyråd')
  const page = app.page
  await expect(page.getByTestId('read-only-notice')).toContainText(
    'Planen er gemt med en nyere version af Planværksted og kan kun læses her',
  )
  await expect(saveStatus(page)).toHaveText('Skrivebeskyttet')
  await expect(editorBody(page)).toContainText('Skrevet i fremtiden.')
  await expect(editorBody(page)).toHaveAttribute('contenteditable', 'false')
  await page.getByRole('button', { name: 'Versioner' }).click()
  await expect(page.getByRole('button', { name: 'Gem version' })).toBeDisabled()
  await page.getByRole('button', { name: 'Luk' }).click()
  await page.getByRole('button', { name: 'Tilbage til mine planer' }).click()
  expect(await readFile(path, 'utf8')).toBe(newer)
})
