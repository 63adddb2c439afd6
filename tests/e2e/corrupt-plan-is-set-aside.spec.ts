import { writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { test, expect } from './fixtures/harness'
import { HomePage, createPlanThroughWizard, editorBody } from './fixtures/pages'

test('a corrupt plan file gives a clear Danish message and the other plans still open', async ({ app }) => {
  await createPlanThroughWizard(app.page, { council: 'Bøvl Lokalråd' })
  await editorBody(app.page).click()
  await app.page.keyboard.type('Denne plan er hel.')
  await app.page.getByRole('button', { name: 'Tilbage til mine planer' }).click()
  await createPlanThroughWizard(app.page, { council: 'Ødsted Lokalråd' })
  await app.page.getByRole('button', { name: 'Tilbage til mine planer' }).click()

  const plans = await Promise.all((await app.planFiles()).map((f) => app.savedPlan(f.replace('.json', ''))))
  const victim = plans.find((p) => p.meta.council === 'Ødsted Lokalråd')!
  await app.quit()
  // Cut the file short, as a battery dying mid-write on another program's store would.
  const path = join(app.dataDir, 'plans', `${victim.id}.json`)
  const text = JSON.stringify(victim)
  await writeFile(path, text.slice(0, Math.floor(text.length / 2)))
  await app.open()

  const alert = app.page.getByRole('alert').filter({ hasText: 'En plan kunne ikke åbnes' })
  await expect(alert).toContainText('Udviklingsplan for Ødsted Lokalråd')
  await expect(alert).toContainText('ikke slettet')
  const home = new HomePage(app)
  await expect(home.planButton('Udviklingsplan for Ødsted Lokalråd')).toHaveCount(0)
  await home.openPlan('Udviklingsplan for Bøvl Lokalråd')
  await expect(editorBody(app.page)).toContainText('Denne plan er hel.')
  await app.page.getByRole('button', { name: 'Tilbage til mine planer' }).click()
  await alert.getByRole('button', { name: 'Forstået' }).click()
  await expect(alert).toHaveCount(0)
})
