import { readdir, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import type { Page } from '@playwright/test'
import { test, expect } from './fixtures/harness'
import { HomePage, createPlanThroughWizard, editorBody, saveStatus } from './fixtures/pages'
import { SCREENS, expectInWindow, seriousAxeViolations, shoot } from './fixtures/screens'

const TITLE = 'Udviklingsplan for Bøvl Lokalråd'
const VERSION = 'Sendt til kommunen'
const TEXT = 'Vi vil have en ny legeplads ved åen.'

const trashDialog = (page: Page) => page.getByRole('dialog', { name: 'Papirkurv' })

async function deletePlan(page: Page, title: string) {
  await page.getByRole('button', { name: `Slet: ${title}` }).click()
  const confirm = page.getByRole('dialog', { name: 'Slet planen?' })
  await expect(confirm).toContainText('papirkurven')
  await confirm.getByRole('button', { name: `Slet »${title}«` }).click()
  await expect(new HomePage(page).planButton(title)).toHaveCount(0)
}

test('a deleted plan comes back from the Papirkurv with its text and its versions', async ({ app }) => {
  const { page } = app
  const home = new HomePage(app)
  await createPlanThroughWizard(page, { council: 'Bøvl Lokalråd' })
  await editorBody(page).click()
  await page.keyboard.type(TEXT)
  await page.getByRole('button', { name: 'Versioner' }).click()
  const versions = page.getByRole('dialog', { name: 'Versioner og sikkerhedskopier' })
  await versions.getByLabel('Gem planen, som den er nu, som en version').fill(VERSION)
  await versions.getByRole('button', { name: 'Gem version' }).click()
  await expect(versions.getByText(`Versionen »${VERSION}« er gemt.`).last()).toBeVisible()
  await versions.getByRole('button', { name: 'Luk' }).click()
  await expect(saveStatus(page)).toHaveText('Gemt')
  await page.getByRole('button', { name: 'Tilbage til mine planer' }).click()

  await expect(page.getByRole('button', { name: 'Papirkurv', exact: true })).toBeVisible()
  await deletePlan(page, TITLE)
  const trashButton = page.getByRole('button', { name: 'Papirkurv (1)' })
  await trashButton.focus()
  await page.keyboard.press('Enter')
  const dialog = trashDialog(page)
  await expect(dialog).toBeVisible()
  const row = dialog.getByRole('listitem').filter({ hasText: TITLE })
  await expect(row).toContainText('Bøvl Lokalråd')
  await expect(row).toContainText(/Slettet i dag kl\. \d{1,2}\.\d{2}/)
  await expect(row).toContainText(/\d+ ord/)
  expect(await seriousAxeViolations(page, 'dialog[open]')).toEqual([])
  for (const s of SCREENS) {
    await page.setViewportSize({ width: s.width, height: s.height })
    await expectInWindow(page, dialog.getByRole('button', { name: `Gendan »${TITLE}«` }))
    await shoot(page, `papirkurv-dialog-${s.name}`)
  }
  await page.setViewportSize({ width: 1280, height: 860 })

  await dialog.getByRole('button', { name: `Gendan »${TITLE}«` }).click()
  await expect(dialog.getByRole('status')).toHaveText(`»${TITLE}« er gendannet og ligger igen i listen.`)
  await expect(dialog.getByText('Papirkurven er tom.')).toBeVisible()
  // The one it had left the list: focus is on "Luk", not lost on the page.
  await expect(dialog.getByRole('button', { name: 'Luk' })).toBeFocused()
  await page.keyboard.press('Escape')
  await expect(dialog).toHaveCount(0)
  await expect(page.getByRole('button', { name: 'Papirkurv', exact: true })).toBeVisible()

  await home.openPlan(TITLE)
  await expect(editorBody(page)).toContainText(TEXT)
  await page.getByRole('button', { name: 'Versioner' }).click()
  await expect(versions.getByRole('listitem').filter({ hasText: VERSION })).toHaveCount(1)
  await versions.getByRole('button', { name: 'Luk' }).click()
  await page.getByRole('button', { name: 'Tilbage til mine planer' }).click()

  // The same plan survives a restart as an ordinary plan.
  await app.restart()
  await expect(home.planButton(TITLE)).toBeVisible()
})

test('emptying the Papirkurv asks with the count, and deletes those plans for good', async ({ app }) => {
  const { page } = app
  for (const title of ['Ålum 2030', 'Bøvl 2030', 'Bliver her'])
    await page.evaluate((t) => window.api['plans.create']({ title: t, council: 'Lokalrådet' }), title)
  await page.reload()
  await deletePlan(page, 'Ålum 2030')
  await deletePlan(page, 'Bøvl 2030')
  for (const s of SCREENS) {
    await page.setViewportSize({ width: s.width, height: s.height })
    await expectInWindow(page, page.getByRole('button', { name: 'Papirkurv (2)' }))
    await shoot(page, `papirkurv-home-${s.name}`)
  }
  await page.setViewportSize({ width: 1280, height: 860 })

  // A file cut off half way (a pulled plug) is shown by its name, and goes with the rest.
  const damaged = '0a0a0a0a-1111-4222-8333-444444444444.2026-12-01T09-00-00-000Z.json'
  await writeFile(join(app.dataDir, 'trash', damaged), '{"schemaVersion":1,"meta":{"title":"Ølby plan","cou')
  await page.reload()
  await page.getByRole('button', { name: 'Papirkurv (3)' }).click()
  const dialog = trashDialog(page)
  await expect(dialog.getByRole('listitem')).toHaveCount(3)
  await expect(dialog.getByRole('listitem').filter({ hasText: 'Ølby plan' })).toContainText(
    `Filen er beskadiget og kan ikke gendannes: ${damaged}`,
  )
  await expect(dialog.getByRole('button', { name: /^Gendan/ })).toHaveCount(2)
  expect(await seriousAxeViolations(page, 'dialog[open]')).toEqual([])
  await shoot(page, 'papirkurv-with-damaged-file-1280x860')
  await dialog.getByRole('button', { name: 'Tøm papirkurven' }).click()
  const confirm = page.getByRole('dialog', { name: 'Slet 3 planer for altid?' })
  await expect(confirm).toContainText('Det kan ikke fortrydes.')
  expect(await seriousAxeViolations(page, 'dialog[open]')).toEqual([])
  await shoot(page, 'papirkurv-confirm-empty-1280x860')
  // Cancel keeps them.
  await confirm.getByRole('button', { name: 'Annullér' }).click()
  await expect(dialog.getByRole('listitem')).toHaveCount(3)

  await dialog.getByRole('button', { name: 'Tøm papirkurven' }).click()
  await confirm.getByRole('button', { name: 'Slet for altid' }).click()
  await expect(dialog.getByRole('status')).toHaveText('Papirkurven er tømt: 3 planer er slettet for altid.')
  await expect(dialog.getByText('Papirkurven er tom.')).toBeVisible()
  await expect(dialog.getByRole('button', { name: 'Tøm papirkurven' })).toHaveCount(0)
  await shoot(page, 'papirkurv-empty-1280x860')
  expect(await readdir(join(app.dataDir, 'trash'))).toEqual([])
  await dialog.getByRole('button', { name: 'Luk' }).click()
  await expect(new HomePage(app).planButton('Bliver her')).toBeVisible()
  expect(await app.planFiles()).toHaveLength(1)
})
