import AxeBuilder from '@axe-core/playwright'
import { mkdtemp, rm, stat, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { test, expect } from './fixtures/harness'
import { HomePage, createPlanThroughWizard, editorBody, saveStatus } from './fixtures/pages'
import { formatDayShort } from '../../src/shared/format/dates'

const TITLE = 'Udviklingsplan for Bøvl Lokalråd'

test('a plan saved as a plan file comes back as a copy or, after a confirm, replaces the one here', async ({
  app,
}) => {
  const outDir = await mkdtemp(join(tmpdir(), 'pv-pkg-'))
  const file = join(outDir, 'bøvl.planvaerksted')
  try {
    const page = app.page
    await createPlanThroughWizard(page, { council: 'Bøvl Lokalråd' })
    await editorBody(page).click()
    await page.keyboard.type('Teksten, som den var på USB-stikket.')
    await expect(saveStatus(page)).toHaveText('Gemt')
    await page.getByRole('button', { name: 'Tilbage til mine planer' }).click()

    app.host.saveAnswers.push(file)
    await page.getByRole('button', { name: `Gem som plan-fil: ${TITLE}` }).click()
    const savedDialog = page.getByRole('dialog', { name: 'Plan-filen er gemt' })
    await expect(savedDialog).toContainText(file)
    await savedDialog.getByRole('button', { name: 'Luk' }).click()
    expect((await stat(file)).size).toBeGreaterThan(100)

    // Changed here after the file went on the stick.
    await new HomePage(app).openPlan(TITLE)
    await editorBody(page).press('End')
    await page.keyboard.type(' Ændret bagefter.')
    await expect(saveStatus(page)).toHaveText('Gemt')
    await page.getByRole('button', { name: 'Tilbage til mine planer' }).click()

    app.host.openAnswers.push(file)
    await page.getByRole('button', { name: 'Importér plan-fil' }).click()
    const ask = page.getByRole('dialog', { name: 'Planen findes allerede' })
    await expect(ask).toContainText(`Plan-filen indeholder »${TITLE}«`)
    const serious = (await new AxeBuilder({ page }).include('dialog[open]').analyze()).violations.filter(
      (v) => v.impact === 'serious' || v.impact === 'critical',
    )
    expect(serious.map((v) => v.id)).toEqual([])
    await ask.getByRole('button', { name: 'Importér som kopi' }).click()
    const today = formatDayShort(new Date(), 'da')
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(`${TITLE} (kopi fra ${today})`)
    await expect(editorBody(page)).toContainText('Teksten, som den var på USB-stikket.')
    await expect(editorBody(page)).not.toContainText('Ændret bagefter.')
    expect(await app.planFiles()).toHaveLength(2)
    await page.getByRole('button', { name: 'Tilbage til mine planer' }).click()

    // Replace: asked twice, cancel first, then confirm.
    app.host.openAnswers.push(file)
    await page.getByRole('button', { name: 'Importér plan-fil' }).click()
    await ask.getByRole('button', { name: 'Erstat den eksisterende' }).click()
    const confirm = page.getByRole('dialog', { name: 'Erstat planen?' })
    await expect(confirm).toContainText('gemmes som sikkerhedskopi')
    await confirm.getByRole('button', { name: `Erstat »${TITLE}«` }).click()
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(TITLE)
    await expect(editorBody(page)).not.toContainText('Ændret bagefter.')
    expect(await app.planFiles()).toHaveLength(2)

    // The replaced state is not lost: it is the newest backup.
    await page.getByRole('button', { name: 'Versioner' }).click()
    await page
      .getByRole('button', { name: /^Sammenlign sikkerhedskopien fra/ })
      .first()
      .click()
    await expect(page.locator('.compare-blocks del.diff-removed')).toContainText('Ændret bagefter.')
  } finally {
    await rm(outDir, { recursive: true, force: true })
  }
})

test('importing a file that is not a plan file says so in Danish and imports nothing', async ({ app }) => {
  const outDir = await mkdtemp(join(tmpdir(), 'pv-pkg-bad-'))
  try {
    const bad = join(outDir, 'noget.planvaerksted')
    await writeFile(bad, 'det her er ikke en zip')
    app.host.openAnswers.push(bad)
    await app.page.getByRole('button', { name: 'Importér plan-fil' }).click()
    await expect(app.page.getByRole('alert')).toBeVisible()
    await expect(app.page.getByRole('alert')).not.toContainText('uventet fejl')
    expect(await app.planFiles()).toHaveLength(0)
  } finally {
    await rm(outDir, { recursive: true, force: true })
  }
})
