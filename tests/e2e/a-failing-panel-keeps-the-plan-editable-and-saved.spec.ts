import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { test, expect } from './fixtures/harness'
import { createPlanThroughWizard, editorBody, saveStatus } from './fixtures/pages'
import { shoot } from './fixtures/screens'

/**
 * A renderer exception in one panel: the Kommentarer panel is handed a malformed list by the
 * harness's stand-in for the preload (the only way in: the app's own backend never answers so, and
 * a packaged app has no other bridge), so the panel throws while it renders. The panel shows a
 * sentence, a reference that stands in the log, and "Prøv igen"; the plan stays editable, what is
 * typed is saved, and the harness's rule that an uncaught renderer exception fails the test holds.
 */
test('a panel that throws shows a reference, and the plan stays editable and saved', async ({ app }) => {
  await createPlanThroughWizard(app.page, { council: 'Fejlby Lokalråd' })
  await editorBody(app.page).click()
  await app.page.keyboard.type('Før fejlen. ')

  const real = app.handlers
  app.handlers = { ...real, 'reviews.list': async () => ({ placed: null, unplaced: null }) as never }
  await app.page.getByRole('tab', { name: 'Kommentarer' }).click()
  const alert = app.page.locator('.side-panel [role="alert"]')
  await expect(alert).toContainText('Denne del af vinduet kunne ikke vises. Planens tekst er ikke rørt.')
  const reference = /Reference til den, der hjælper: ([2-9A-HJKMNP-Z]{6})/.exec(
    (await alert.textContent()) ?? '',
  )
  expect(reference).not.toBeNull()
  // The internal message stays in the log, off the screen.
  await expect(alert).not.toContainText('null')
  await expect(alert).not.toContainText('TypeError')
  await shoot(app.page, 'boundary-panel-1280x860')

  await editorBody(app.page).click()
  await app.page.keyboard.press('End')
  await app.page.keyboard.type('Efter fejlen.')
  await expect(editorBody(app.page)).toContainText('Før fejlen. Efter fejlen.')
  await expect(saveStatus(app.page)).toHaveText('Gemt')
  expect(JSON.stringify((await app.savedPlan()).doc)).toContain('Før fejlen. Efter fejlen.')

  const log = await readFile(join(app.dataDir, 'logs', 'planvaerksted.log'), 'utf8')
  expect(log).toMatch(new RegExp(` ERROR renderer:editor/comments \\[ref ${reference![1]}\\] TypeError: `))
  expect(log).not.toContain('fejlen')

  // "Prøv igen" with a working backend draws the panel anew.
  app.handlers = real
  await alert.getByRole('button', { name: 'Prøv igen' }).click()
  await expect(app.page.getByRole('button', { name: 'Indlæs kommentarer fra Word' })).toBeVisible()
  await expect(alert).toHaveCount(0)
})

test('the panel message at 200 % zoom', async ({ app }) => {
  await app.page.setViewportSize({ width: 640, height: 430 })
  await createPlanThroughWizard(app.page, { council: 'Fejlby Lokalråd' })
  app.handlers = { ...app.handlers, 'reviews.list': async () => ({ placed: null, unplaced: null }) as never }
  await app.page.getByRole('tab', { name: 'Kommentarer' }).click()
  await expect(app.page.locator('.side-panel [role="alert"]')).toBeVisible()
  await shoot(app.page, 'boundary-panel-200pct')
})
