import { mkdtemp, readFile, readdir, rm, stat } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { test, expect } from './fixtures/harness'
import { HomePage, createPlanThroughWizard, editorBody, saveStatus } from './fixtures/pages'
import { unwritableFs } from '../unit/faults/support/faultyFs'

// Tests run as root, and chmod -w does not stop root: the read-only folder is a file system that
// answers EROFS to every write inside the data folder (see tests/unit/faults/support/faultyFs.ts).
test('a read-only data folder: the app opens, says so, the plan shows read-only, and Word export still works', async ({
  app,
}) => {
  await createPlanThroughWizard(app.page, { council: 'Bøvl Lokalråd' })
  await editorBody(app.page).click()
  await app.page.keyboard.type('Teksten fra før mappen blev skrivebeskyttet.')
  await expect(saveStatus(app.page)).toHaveText('Gemt')
  await app.quit()
  const [file] = await app.planFiles()
  const before = await readFile(join(app.dataDir, 'plans', file), 'utf8')
  const filesBefore = (await readdir(app.dataDir, { recursive: true })).sort()

  app.options.fs = unwritableFs(app.dataDir, 'EROFS')
  await app.open()
  const page = app.page
  await expect(page.getByTestId('read-only-notice')).toContainText('kan ikke skrives i på denne computer')
  await new HomePage(app).openPlan('Udviklingsplan for Bøvl Lokalråd')
  await expect(editorBody(page)).toContainText('Teksten fra før mappen blev skrivebeskyttet.')
  await expect(page.getByTestId('read-only-notice')).toContainText('Kun til læsning.')
  await expect(saveStatus(page)).toHaveText('Skrivebeskyttet')
  await expect(editorBody(page)).toHaveAttribute('contenteditable', 'false')

  const outDir = await mkdtemp(join(tmpdir(), 'pv-ro-export-'))
  try {
    const target = join(outDir, 'plan.docx')
    app.host.saveAnswers.push(target)
    await page.getByRole('button', { name: 'Gem som Word' }).click()
    await page.getByRole('dialog').getByRole('button', { name: 'Vælg placering og gem' }).click()
    await expect.poll(async () => (await stat(target).catch(() => null))?.size ?? 0).toBeGreaterThan(1000)
  } finally {
    await rm(outDir, { recursive: true, force: true })
  }
  expect(await readFile(join(app.dataDir, 'plans', file), 'utf8')).toBe(before)
  expect((await readdir(app.dataDir, { recursive: true })).sort()).toEqual(filesBefore)
})
