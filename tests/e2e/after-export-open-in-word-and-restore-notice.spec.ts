import { join } from 'node:path'
import type { Page } from '@playwright/test'
import { test, expect } from './fixtures/harness'
import { createPlanThroughWizard, editorBody, saveStatus } from './fixtures/pages'
import { SCREENS, expectApart, expectInWindow, seriousAxeViolations, shoot } from './fixtures/screens'

const VERSION = 'Sendt til kommunen'
const versions = (page: Page) => page.getByRole('dialog', { name: 'Versioner og sikkerhedskopier' })
const exportDialog = (page: Page) => page.getByRole('dialog', { name: 'Gem planen som Word-fil' })

for (const s of SCREENS) {
  test(`after Gem som Word: Åbn i Word and Vis i mappen open exactly that file (${s.name})`, async ({
    app,
  }) => {
    const { page } = app
    await page.setViewportSize({ width: s.width, height: s.height })
    await createPlanThroughWizard(page, { council: 'Bøvl Lokalråd' })
    await editorBody(page).click()
    await page.keyboard.type('Vi vil have en ny legeplads.')
    const target = join(app.dataDir, 'Udviklingsplan.docx')
    app.host.saveAnswers.push(target)
    await page.getByRole('button', { name: 'Gem som Word' }).click()
    await exportDialog(page).getByRole('button', { name: 'Vælg placering og gem' }).click()
    await expect(exportDialog(page).getByRole('status')).toContainText('Udviklingsplan.docx')

    const open = exportDialog(page).getByRole('button', { name: 'Åbn i Word' })
    const show = exportDialog(page).getByRole('button', { name: 'Vis i mappen' })
    await expectInWindow(page, open)
    await expectInWindow(page, show)
    await expectApart(open, show)
    await shoot(page, `export-done-${s.name}`)
    expect(await seriousAxeViolations(page, '.modal')).toEqual([])

    await open.click()
    await show.click()
    await expect.poll(() => app.host.openedPaths).toEqual([target])
    expect(app.host.shownInFolder).toEqual([target])

    // The renderer cannot make the main process open anything else.
    const refused = await page.evaluate(() => window.api['shell.openExported']({ path: '/usr/bin/xterm' }))
    expect(refused).toMatchObject({
      ok: false,
      error: { code: 'invalid-input', details: { reason: 'not-exported' } },
    })
    expect(app.host.openedPaths).toEqual([target])
  })
}

test('going back to a version says what happened and where the state before it is kept, and that is true', async ({
  app,
}) => {
  const { page } = app
  await createPlanThroughWizard(page, { council: 'Bøvl Lokalråd' })
  await editorBody(page).click()
  await page.keyboard.type('Vi vil have en ny legeplads.')
  await page.getByRole('button', { name: 'Versioner' }).click()
  await versions(page).getByLabel('Gem planen, som den er nu, som en version').fill(VERSION)
  await versions(page).getByRole('button', { name: 'Gem version' }).click()
  await versions(page).getByRole('button', { name: 'Luk' }).click()
  await editorBody(page).press('End')
  await page.keyboard.type(' Og en bålplads.')
  await expect(saveStatus(page)).toHaveText('Gemt')

  await page.getByRole('button', { name: 'Versioner' }).click()
  await versions(page)
    .getByRole('button', { name: `Gå tilbage til versionen »${VERSION}«` })
    .click()
  await page
    .getByRole('dialog', { name: 'Gå tilbage til en tidligere version?' })
    .getByRole('button', { name: 'Gå tilbage til denne version' })
    .click()
  const notice = page.getByRole('status').filter({ hasText: 'Planen er sat tilbage til' })
  await expect(notice).toHaveText(
    `Planen er sat tilbage til «${VERSION}». Den udgave, du havde før, er gemt som en sikkerhedskopi – du kan finde den under Versioner.OK`,
  )
  await expect(editorBody(page)).not.toContainText('bålplads')
  await shoot(page, 'restore-notice-1280x860')
  expect(await seriousAxeViolations(page)).toEqual([])

  // The claim holds: a backup with the text from before going back exists, listed under Versioner.
  const planId = (await app.savedPlan()).id
  const backups = await app.handlers['backups.list']({ id: planId })
  const docs = await Promise.all(backups.map((b) => app.handlers['backups.get']({ id: planId, seq: b.seq })))
  expect(docs.some((b) => JSON.stringify(b.plan.doc).includes('Og en bålplads.'))).toBe(true)

  await notice.getByRole('button', { name: 'OK' }).click()
  await expect(notice).toHaveCount(0)
})
