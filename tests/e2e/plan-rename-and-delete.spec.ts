import { test, expect } from './fixtures/harness'
import { HomePage, createPlanThroughWizard } from './fixtures/pages'

test('a plan can be renamed from the list, and the new name is kept', async ({ app }) => {
  await createPlanThroughWizard(app.page, { council: 'Bøvl Lokalråd' })
  await app.page.getByRole('button', { name: 'Tilbage til mine planer' }).click()
  await app.page.getByRole('button', { name: 'Omdøb: Udviklingsplan for Bøvl Lokalråd' }).click()
  const dialog = app.page.getByRole('dialog', { name: 'Omdøb plan' })
  await dialog.getByLabel('Nyt navn til planen').fill('Bøvl 2030 – vores plan')
  await dialog.getByRole('button', { name: 'Omdøb' }).click()
  const home = new HomePage(app)
  await expect(home.planButton('Bøvl 2030 – vores plan')).toBeVisible()
  expect((await app.savedPlan()).meta.title).toBe('Bøvl 2030 – vores plan')
  await app.restart()
  await expect(home.planButton('Bøvl 2030 – vores plan')).toBeVisible()
})

test('deleting asks first, naming the plan, and cancel keeps it', async ({ app }) => {
  await createPlanThroughWizard(app.page, { council: 'Ålum Lokalråd' })
  await app.page.getByRole('button', { name: 'Tilbage til mine planer' }).click()
  await createPlanThroughWizard(app.page, { council: 'Bøvl Lokalråd' })
  await app.page.getByRole('button', { name: 'Tilbage til mine planer' }).click()

  // A destructive action reads as one: the list's Slet is in the danger colour (#a4262c), not the
  // buttons' ink (a .btn rule later in the bundle once won over it).
  await expect(app.page.getByRole('button', { name: 'Slet: Udviklingsplan for Ålum Lokalråd' })).toHaveCSS(
    'color',
    'rgb(164, 38, 44)',
  )
  await app.page.getByRole('button', { name: 'Slet: Udviklingsplan for Ålum Lokalråd' }).click()
  const dialog = app.page.getByRole('dialog', { name: 'Slet planen?' })
  await expect(dialog).toContainText('»Udviklingsplan for Ålum Lokalråd«')
  await dialog.getByRole('button', { name: 'Annullér' }).click()
  const home = new HomePage(app)
  await expect(home.planButton('Udviklingsplan for Ålum Lokalråd')).toBeVisible()

  await app.page.getByRole('button', { name: 'Slet: Udviklingsplan for Ålum Lokalråd' }).click()
  await dialog.getByRole('button', { name: 'Slet »Udviklingsplan for Ålum Lokalråd«' }).click()
  await expect(home.planButton('Udviklingsplan for Ålum Lokalråd')).toHaveCount(0)
  await expect(home.planButton('Udviklingsplan for Bøvl Lokalråd')).toBeVisible()
  expect(await app.planFiles()).toHaveLength(1)
  await app.restart()
  await expect(home.planButton('Udviklingsplan for Ålum Lokalråd')).toHaveCount(0)
})
