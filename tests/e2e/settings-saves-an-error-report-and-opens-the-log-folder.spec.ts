import { existsSync } from 'node:fs'
import { mkdtemp, readFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { unzipSync, strFromU8 } from 'fflate'
import { test, expect } from './fixtures/harness'
import { createPlanThroughWizard, editorBody, saveStatus } from './fixtures/pages'
import { seriousAxeViolations, shoot } from './fixtures/screens'

test('Indstillinger opens the log folder and saves an error report, with the plans only when ticked', async ({
  app,
}) => {
  await createPlanThroughWizard(app.page, { council: 'Rapportby Lokalråd' })
  await editorBody(app.page).click()
  await app.page.keyboard.type('Hemmelig plantekst om kirkegården')
  await expect(saveStatus(app.page)).toHaveText('Gemt')
  await app.page.getByRole('button', { name: 'Indstillinger' }).click()

  const section = app.page.getByRole('region', { name: 'Hvis noget går galt' })
  await section.scrollIntoViewIfNeeded()
  await shoot(app.page, 'settings-logs-1280x860')
  expect(await seriousAxeViolations(app.page)).toEqual([])

  await section.getByRole('button', { name: 'Åbn logmappe' }).click()
  await expect.poll(() => app.host.openedPaths).toEqual([join(app.dataDir, 'logs')])

  const dir = await mkdtemp(join(tmpdir(), 'pv-report-e2e-'))
  app.host.saveAnswers.push(join(dir, 'uden.zip'))
  await section.getByRole('button', { name: 'Gem fejlrapport' }).click()
  await expect(section).toContainText(`Fejlrapporten er gemt: ${join(dir, 'uden.zip')}`)
  const without = unzipSync(new Uint8Array(await readFile(join(dir, 'uden.zip'))))
  expect(Object.keys(without)).toContain('app-info.json')
  for (const data of Object.values(without)) expect(strFromU8(data)).not.toContain('kirkegården')

  await section.getByLabel('Tag mine planer med i rapporten').check()
  app.host.saveAnswers.push(join(dir, 'med.zip'))
  await section.getByRole('button', { name: 'Gem fejlrapport' }).click()
  await expect(section).toContainText(`Fejlrapporten er gemt: ${join(dir, 'med.zip')}`)
  const withPlans = unzipSync(new Uint8Array(await readFile(join(dir, 'med.zip'))))
  const planEntries = Object.keys(withPlans).filter((n) => n.startsWith('plans/'))
  expect(planEntries).toHaveLength(1)
  expect(strFromU8(withPlans[planEntries[0]])).toContain('kirkegården')
  expect(existsSync(join(app.dataDir, 'logs', 'planvaerksted.log'))).toBe(true)
})

test('the section at 200 % zoom', async ({ app }) => {
  await app.page.setViewportSize({ width: 640, height: 430 })
  await app.page.getByRole('button', { name: 'Indstillinger' }).click()
  await app.page.getByRole('button', { name: 'Gem fejlrapport' }).scrollIntoViewIfNeeded()
  await shoot(app.page, 'settings-logs-200pct')
})
