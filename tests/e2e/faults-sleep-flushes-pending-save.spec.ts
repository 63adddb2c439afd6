import { test, expect } from './fixtures/harness'
import { createPlanThroughWizard, editorBody, saveStatus } from './fixtures/pages'

test('going to sleep with a save pending: the flush request (as the shell sends on suspend) writes it, and writing goes on after waking', async ({
  app,
}) => {
  const page = app.page
  await createPlanThroughWizard(page, { council: 'Bøvl Lokalråd' })
  await editorBody(page).click()
  await page.keyboard.type('Sidste sætning før låget blev lukket.')
  // Straight away, inside the autosave's pause: what the preload does on app.flushBeforeQuit.
  await page.evaluate(() =>
    (window as unknown as { __pvFlushBeforeQuit: () => Promise<unknown> }).__pvFlushBeforeQuit(),
  )
  expect(JSON.stringify((await app.savedPlan()).doc)).toContain('før låget blev lukket.')

  await page.keyboard.type(' Og efter.')
  await expect(saveStatus(page)).toHaveText('Gemt')
  expect(JSON.stringify((await app.savedPlan()).doc)).toContain('lukket. Og efter.')
})
