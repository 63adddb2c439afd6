import { test, expect } from './fixtures/harness'
import { HomePage, createPlanThroughWizard, editorBody, saveStatus } from './fixtures/pages'

test('two windows on one plan: the stale save is refused, the user is told, and the refused text is kept as a new plan', async ({
  app,
}) => {
  const first = app.page
  await createPlanThroughWizard(first, { council: 'Bøvl Lokalråd' })
  await editorBody(first).click()
  await first.keyboard.type('Fælles begyndelse.')
  await expect(saveStatus(first)).toHaveText('Gemt')

  const second = await app.openSecondPage()
  try {
    await new HomePage(second).openPlan('Udviklingsplan for Bøvl Lokalråd')
    await editorBody(second).click()
    await editorBody(second).press('End')
    await second.keyboard.type(' Skrevet i vindue to.')
    await expect(saveStatus(second)).toHaveText('Gemt')

    await editorBody(first).press('End')
    await first.keyboard.type(' Skrevet i vindue et.')
    await expect(saveStatus(first)).toHaveText('Ikke gemt – planen er ændret et andet sted')
    const notice = first.getByRole('alert').filter({ hasText: 'Din udgave er ikke tabt' })
    await expect(notice).toBeVisible()
    // Window two's save stands: the refused one did not overwrite it.
    expect(JSON.stringify((await app.savedPlan()).doc)).toContain('Skrevet i vindue to.')

    await notice.getByRole('button', { name: 'Gem min udgave som ny plan' }).click()
    await expect(first.getByRole('heading', { level: 1 })).toHaveText(
      'Udviklingsplan for Bøvl Lokalråd (min udgave)',
    )
    await expect(editorBody(first)).toContainText('Fælles begyndelse. Skrevet i vindue et.')
    const plans = await Promise.all((await app.planFiles()).map((f) => app.savedPlan(f.replace('.json', ''))))
    expect(plans).toHaveLength(2)
    const texts = plans.map((p) => JSON.stringify(p.doc))
    expect(texts.some((t) => t.includes('Skrevet i vindue et.') && !t.includes('vindue to'))).toBe(true)
    expect(texts.some((t) => t.includes('Skrevet i vindue to.') && !t.includes('vindue et'))).toBe(true)
  } finally {
    await second.context().close()
  }
})

test('after a refused save, "Åbn den nyeste udgave" shows the other window\'s text and saving works again', async ({
  app,
}) => {
  const first = app.page
  await createPlanThroughWizard(first, { council: 'Ådalen Landsbyråd' })
  await editorBody(first).click()
  await first.keyboard.type('Start.')
  await expect(saveStatus(first)).toHaveText('Gemt')
  const second = await app.openSecondPage()
  try {
    await new HomePage(second).openPlan('Udviklingsplan for Ådalen Landsbyråd')
    await editorBody(second).press('End')
    await second.keyboard.type(' Fra to.')
    await expect(saveStatus(second)).toHaveText('Gemt')
    await editorBody(first).press('End')
    await first.keyboard.type(' Fra et.')
    await first.getByRole('button', { name: 'Åbn den nyeste udgave' }).click()
    await expect(editorBody(first)).toContainText('Start. Fra to.')
    await editorBody(first).press('End')
    await first.keyboard.type(' Videre.')
    await expect(saveStatus(first)).toHaveText('Gemt')
    expect(JSON.stringify((await app.savedPlan()).doc)).toContain('Fra to. Videre.')
  } finally {
    await second.context().close()
  }
})
