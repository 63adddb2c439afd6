import AxeBuilder from '@axe-core/playwright'
import type { Page } from '@playwright/test'
import { test, expect } from './fixtures/harness'
import { createPlanThroughWizard, editorBody, saveStatus } from './fixtures/pages'

const VERSION = 'Sendt til kommunen 12. marts'

async function seriousViolations(page: Page, selector: string) {
  const result = await new AxeBuilder({ page }).include(selector).analyze()
  return result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => v.id)
}

function panel(page: Page) {
  return page.getByRole('dialog', { name: 'Versioner og sikkerhedskopier' })
}

test('a named version is saved, compared with now (marked, not by colour alone), viewed read-only and gone back to', async ({
  app,
}) => {
  const page = app.page
  await createPlanThroughWizard(page, { council: 'Bøvl Lokalråd' })
  await editorBody(page).click()
  await page.keyboard.type('Vi vil have en ny legeplads.')
  // No wait for "Gemt": saving a version must flush the pending text itself.
  await page.getByRole('button', { name: 'Versioner' }).click()
  await panel(page).getByLabel('Gem planen, som den er nu, som en version').fill(VERSION)
  await panel(page).getByRole('button', { name: 'Gem version' }).click()
  await expect(panel(page).getByText(`Versionen »${VERSION}« er gemt.`).last()).toBeVisible()
  const row = panel(page).getByRole('listitem').filter({ hasText: VERSION })
  await expect(row).toContainText(/i dag kl\. \d{1,2}\.\d{2}/)
  expect(await seriousViolations(page, '.versions-panel')).toEqual([])
  await panel(page).getByRole('button', { name: 'Luk' }).click()

  await editorBody(page).press('End')
  await page.keyboard.type(' Og en bålplads.')
  await expect(saveStatus(page)).toHaveText('Gemt')

  await page.getByRole('button', { name: 'Versioner' }).click()
  await panel(page)
    .getByRole('button', { name: `Sammenlign versionen »${VERSION}« med planen nu` })
    .click()
  const added = panel(page).locator('.compare-blocks ins.diff-added')
  await expect(added).toContainText('bålplads')
  await expect(added.first()).toContainText('+')
  await expect(added.first().locator('.visually-hidden').first()).toHaveText('[tilføjet: ')
  await expect(panel(page).getByRole('status').filter({ hasText: 'ord tilføjet' })).toContainText(
    '0 ord fjernet',
  )
  expect(await seriousViolations(page, '.versions-panel')).toEqual([])
  await panel(page).getByRole('button', { name: 'Tilbage til listen' }).click()

  await panel(page)
    .getByRole('button', { name: `Vis versionen »${VERSION}«` })
    .click()
  const view = panel(page).getByRole('textbox', { name: /kun til læsning/ })
  await expect(view).toContainText('Vi vil have en ny legeplads.')
  await expect(view).not.toContainText('bålplads')
  await expect(view).toHaveAttribute('contenteditable', 'false')
  expect(await seriousViolations(page, '.versions-panel')).toEqual([])

  await panel(page).getByRole('button', { name: 'Gå tilbage til denne version' }).click()
  const confirm = page.getByRole('dialog', { name: 'Gå tilbage til en tidligere version?' })
  await expect(confirm).toContainText('gemmes først som sikkerhedskopi')
  await confirm.getByRole('button', { name: 'Gå tilbage til denne version' }).click()

  await expect(panel(page)).toHaveCount(0)
  await expect(editorBody(page)).toContainText('Vi vil have en ny legeplads.')
  await expect(editorBody(page)).not.toContainText('bålplads')
  expect(JSON.stringify((await app.savedPlan()).doc)).not.toContain('bålplads')

  // The state before going back is a backup: listed with a friendly date and restorable.
  await page.getByRole('button', { name: 'Versioner' }).click()
  const backups = panel(page).getByRole('listitem').filter({ hasText: 'Gemt automatisk' })
  await expect(backups.first()).toBeVisible()
  await panel(page)
    .getByRole('button', { name: /^Sammenlign sikkerhedskopien fra i dag kl\./ })
    .first()
    .click()
  await expect(panel(page).locator('.compare-blocks del.diff-removed')).toContainText('bålplads')
  await panel(page).getByRole('button', { name: 'Tilbage til listen' }).click()

  // Typing after going back saves against the new rev: nothing refused.
  await panel(page).getByRole('button', { name: 'Luk' }).click()
  await editorBody(page).press('End')
  await page.keyboard.type(' Efter tilbageføring.')
  await expect(saveStatus(page)).toHaveText('Gemt')
  expect(JSON.stringify((await app.savedPlan()).doc)).toContain('Efter tilbageføring.')
})

test('a named version restored as a new plan opens as its own plan and leaves the original alone', async ({
  app,
}) => {
  const page = app.page
  await createPlanThroughWizard(page, { council: 'Ådalen Landsbyråd' })
  await editorBody(page).click()
  await page.keyboard.type('Udkast et.')
  await page.getByRole('button', { name: 'Versioner' }).click()
  await panel(page).getByLabel('Gem planen, som den er nu, som en version').fill('Udkast 1')
  await panel(page).getByRole('button', { name: 'Gem version' }).click()
  await panel(page).getByRole('button', { name: 'Luk' }).click()
  await editorBody(page).press('End')
  await page.keyboard.type(' Udkast to.')
  await expect(saveStatus(page)).toHaveText('Gemt')

  await page.getByRole('button', { name: 'Versioner' }).click()
  await panel(page).getByRole('button', { name: 'Gendan versionen »Udkast 1« som ny plan' }).click()
  await expect(panel(page)).toHaveCount(0)
  await expect(editorBody(page)).toContainText('Udkast et.')
  await expect(editorBody(page)).not.toContainText('Udkast to.')
  expect(await app.planFiles()).toHaveLength(2)

  await page.getByRole('button', { name: 'Tilbage til mine planer' }).click()
  const plans = await Promise.all((await app.planFiles()).map((f) => app.savedPlan(f.replace('.json', ''))))
  expect(plans.some((p) => JSON.stringify(p.doc).includes('Udkast to.'))).toBe(true)
})

test('comparing two named versions with the picker', async ({ app }) => {
  const page = app.page
  await createPlanThroughWizard(page, { council: 'Ørum Borgerforening' })
  await editorBody(page).click()
  for (const [text, name] of [
    ['Første tekst.', 'Version A'],
    [' Anden tekst.', 'Version B'],
  ]) {
    await page.keyboard.type(text)
    await page.getByRole('button', { name: 'Versioner' }).click()
    await panel(page).getByLabel('Gem planen, som den er nu, som en version').fill(name)
    await panel(page).getByRole('button', { name: 'Gem version' }).click()
    await expect(panel(page).getByRole('button', { name: `Vis versionen »${name}«` })).toBeVisible()
    await panel(page).getByRole('button', { name: 'Luk' }).click()
    await editorBody(page).press('End')
  }
  await page.getByRole('button', { name: 'Versioner' }).click()
  const picker = panel(page).getByRole('group', { name: 'Sammenlign to versioner' })
  await picker.getByLabel('Fra').selectOption({ label: 'versionen »Version A«' })
  await picker.getByLabel('til', { exact: true }).selectOption({ label: 'versionen »Version B«' })
  await picker.getByRole('button', { name: 'Sammenlign' }).click()
  await expect(panel(page)).toContainText('Fra versionen »Version A« til versionen »Version B«')
  await expect(panel(page).locator('.compare-blocks ins.diff-added')).toContainText('Anden')
})
