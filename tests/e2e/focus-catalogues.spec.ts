import { writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { test, expect } from './fixtures/harness'
import { HomePage, createPlanThroughWizard } from './fixtures/pages'
import type { Catalogue } from '../../src/shared/model/catalogue'

const vejen: Catalogue = {
  id: 'vejen-landdistrikter',
  municipality: 'Vejen Kommune',
  title: 'Landdistriktspolitik',
  adopted: '2023',
  version: '1',
  goal: '',
  source: 'Vejen Kommune (testdata)',
  focusAreas: [
    { id: 'faellesskab', number: 1, title: 'Fællesskaber', description: '', colour: '#1f5f8b' },
    { id: 'natur', number: 2, title: 'Natur og friluftsliv', description: '', colour: '#2e6b30' },
  ],
}

test('importing a catalogue file, then broken ones, says what is wrong and imports nothing', async ({
  app,
}) => {
  const { page } = app
  await page.getByRole('button', { name: 'Kommunens indsatsområder', exact: true }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'Kommunens indsatsområder' })).toBeVisible()
  const items = page.locator('.catalogue-item')
  await expect(items).toHaveCount(3)

  const good = join(app.dataDir, 'vejen.json')
  await writeFile(good, JSON.stringify(vejen))
  app.host.openAnswers.push(good)
  await page.getByRole('button', { name: 'Hent fra fil …' }).click()
  await expect(page.getByText('Kataloget »Landdistriktspolitik« (version 1) er hentet.')).toBeVisible()
  await expect(items).toHaveCount(4)
  await expect(items.filter({ hasText: 'Vejen Kommune' })).toContainText('2 indsatsområder')

  const broken = join(app.dataDir, 'broken.json')
  const [a, b] = vejen.focusAreas
  await writeFile(
    broken,
    JSON.stringify({
      ...vejen,
      id: 'andet',
      focusAreas: [a, { ...b, id: a.id }, { id: 'x', title: '', colour: 'grøn' }],
    }),
  )
  app.host.openAnswers.push(broken)
  await page.getByRole('button', { name: 'Hent fra fil …' }).click()
  const alert = page.getByRole('alert')
  await expect(alert).toContainText('Indsatsområde 2 – id: samme id er brugt to gange')
  await expect(alert).toContainText('Indsatsområde 3 – Titel: titlen mangler')
  await expect(alert).toContainText('Indsatsområde 3 – Farve: farven skal skrives som #RRGGBB')
  await expect(alert).toContainText('Intet er hentet')
  if (process.env.FOCUS_SHOTS_DIR)
    await page.screenshot({ path: `${process.env.FOCUS_SHOTS_DIR}/focus-import-error.png` })

  await writeFile(broken, 'PK\u0003\u0004 not json at all')
  app.host.openAnswers.push(broken)
  await page.getByRole('button', { name: 'Hent fra fil …' }).click()
  await expect(page.getByRole('alert')).toContainText('Filen: filen er ikke en JSON-fil')
  await expect(items).toHaveCount(4)
  expect((await app.handlers['catalogues.list']()).map((c) => c.id)).not.toContain('andet')
})

test('a plan keeps its focus areas after its catalogue is deleted', async ({ app }) => {
  const { page } = app
  await app.handlers['catalogues.save']({ catalogue: vejen })
  await page.reload()
  await createPlanThroughWizard(page, {
    council: 'Askov Borgerforening',
    title: 'Plan for Askov',
    catalogue: 'Vejen Kommune',
  })
  await page.getByRole('tab', { name: 'Initiativer' }).click()
  await page.getByRole('button', { name: 'Tilføj initiativ' }).click()
  await page.keyboard.type('Naturlegeplads')
  await page
    .locator('.initiative-card')
    .getByLabel('Tilføj indsatsområde …')
    .selectOption({ label: '2. Natur og friluftsliv' })
  await expect(page.getByTestId('save-status')).toHaveText('Gemt')

  await page.getByRole('button', { name: 'Tilbage til mine planer' }).click()
  await page.getByRole('button', { name: 'Kommunens indsatsområder', exact: true }).click()
  await page
    .locator('.catalogue-item', { hasText: 'Vejen Kommune' })
    .getByRole('button', { name: /^Slet/ })
    .click()
  await page.getByRole('dialog').getByRole('button', { name: 'Slet' }).click()
  await expect(page.getByText(/er slettet\. Planer, der bruger det, beholder deres egen kopi/)).toBeVisible()
  await expect(page.locator('.catalogue-item', { hasText: 'Vejen Kommune' })).toHaveCount(0)

  await page.getByRole('button', { name: 'Mine planer' }).click()
  await new HomePage(app).openPlan('Plan for Askov')
  await expect(page.locator('.initiative-card .focus-chip')).toContainText('2. Natur og friluftsliv')
  await page.getByRole('tab', { name: 'Initiativer' }).click()
  await expect(page.locator('.focus-panel')).toContainText('Vejen Kommune')
  await expect(page.locator('.focus-area', { hasText: 'Natur og friluftsliv' })).toContainText('1 initiativ')
})

test('a new catalogue is checked field by field before it is saved', async ({ app }) => {
  const { page } = app
  await page.getByRole('button', { name: 'Kommunens indsatsområder', exact: true }).click()
  await page.getByRole('button', { name: 'Nyt katalog' }).click()
  await page.getByRole('button', { name: 'Gem' }).click()
  await expect(page.getByRole('alert')).toContainText('Ret 3 fejl, før kataloget kan gemmes.')
  await expect(page.getByLabel('Kommune eller afsender')).toHaveAttribute('aria-invalid', 'true')

  await page.getByLabel('Kommune eller afsender').fill('Billund Kommune')
  await page.getByLabel('Titel', { exact: true }).first().fill('Landdistriktspolitik')
  await page.getByRole('button', { name: 'Tilføj indsatsområde' }).click()
  await page.getByRole('group', { name: 'Indsatsområde 1' }).getByLabel('Titel').fill('Familiens bedste valg')
  await page.getByRole('button', { name: 'Gem' }).click()
  await expect(page.getByText('Kataloget »Landdistriktspolitik« er gemt.')).toBeVisible()
  const saved = (await app.handlers['catalogues.list']()).find((c) => c.municipality === 'Billund Kommune')
  expect(saved).toMatchObject({ title: 'Landdistriktspolitik', focusAreaCount: 1, builtIn: false })
})
