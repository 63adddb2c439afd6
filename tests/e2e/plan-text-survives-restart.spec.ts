import { test, expect } from './fixtures/harness'
import { HomePage, createPlanThroughWizard, editorBody, saveStatus } from './fixtures/pages'

test('a new plan, typed into, is all there after the app is restarted', async ({ app }) => {
  const home = new HomePage(app)
  await home.isShown()
  await createPlanThroughWizard(app.page, { council: 'Bøvl Lokalråd', municipality: 'Billund Kommune' })
  const body = editorBody(app.page)
  await body.click()
  await app.page.keyboard.type(
    'Vi vil have en ny legeplads ved forsamlingshuset, så børnefamilier bliver i Bøvl.',
  )
  await expect(saveStatus(app.page)).toHaveText('Gemt')

  await app.restart()
  await home.isShown()
  await expect(home.planButton('Udviklingsplan for Bøvl Lokalråd')).toContainText(
    'Bøvl Lokalråd · Billund Kommune',
  )
  await home.openPlan('Udviklingsplan for Bøvl Lokalråd')
  await expect(editorBody(app.page)).toContainText(
    'Vi vil have en ny legeplads ved forsamlingshuset, så børnefamilier bliver i Bøvl.',
  )
  const saved = await app.savedPlan()
  expect(JSON.stringify(saved.doc)).toContain('børnefamilier bliver i Bøvl')
  expect(saved.meta.council).toBe('Bøvl Lokalråd')
})

test('typing and going straight back to the list loses nothing', async ({ app }) => {
  await createPlanThroughWizard(app.page, { council: 'Ådalen Landsbyråd' })
  await editorBody(app.page).click()
  await app.page.keyboard.type('Sidste ord før vi går')
  // No wait for the autosave: leaving must flush it.
  await app.page.getByRole('button', { name: 'Tilbage til mine planer' }).click()
  await new HomePage(app).isShown()
  expect(JSON.stringify((await app.savedPlan()).doc)).toContain('Sidste ord før vi går')
})

test('typing and quitting at once loses nothing (the quit path flushes)', async ({ app }) => {
  await createPlanThroughWizard(app.page, { council: 'Ørum Borgerforening' })
  await editorBody(app.page).click()
  await app.page.keyboard.type('Skrevet lige før lukning')
  await app.restart()
  expect(JSON.stringify((await app.savedPlan()).doc)).toContain('Skrevet lige før lukning')
})
