import { writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { test, expect } from './fixtures/harness'
import { variedDocx } from '../fixtures/variedDocx'
import { addWordComments } from '../fixtures/addWordComments'

test('Word comments load into the Kommentarer panel, jump to their passage, and stay handled after a restart', async ({
  app,
}) => {
  const bytes = await variedDocx()
  const plain = join(tmpdir(), `pv-plan-${Date.now()}.docx`)
  const commented = join(tmpdir(), `pv-review-${Date.now()}.docx`)
  writeFileSync(plain, bytes)
  writeFileSync(
    commented,
    addWordComments(bytes, [
      {
        anchor: 'Naturen ved åen',
        author: 'Karen Ås',
        date: '2026-04-02T10:00:00Z',
        text: 'Nævn gerne stien.',
      },
      {
        anchor: 'Skolen og børnehaven',
        author: 'Jens Ørum',
        date: '2026-04-03T10:00:00Z',
        text: 'Hvor mange børn?',
      },
    ]),
  )
  app.host.openAnswers.push(plain)
  await app.page.getByRole('button', { name: 'Importér Word-fil' }).click()
  await app.page.getByRole('button', { name: 'Åbn planen' }).click()

  await app.page.getByRole('tab', { name: 'Kommentarer' }).click()
  app.host.openAnswers.push(commented)
  await app.page.getByRole('button', { name: 'Indlæs kommentarer fra Word' }).click()
  await expect(app.page.locator('.review-notice')).toContainText('2 nye kommentarer indlæst')
  const panel = app.page.locator('.review-panel')
  await expect(panel).toContainText('Karen Ås')
  await expect(panel).toContainText('Hvor mange børn?')
  await panel.getByRole('button', { name: 'Naturen ved åen' }).click()
  await expect(app.page.locator('.review-highlight')).toHaveText('Naturen ved åen')
  await app.page.screenshot({ path: 'test-results/review-panel.png' })
  await panel.getByRole('checkbox', { name: 'Markér som håndteret' }).nth(1).check()
  await expect(panel.getByRole('checkbox').nth(1)).toBeChecked()

  await app.restart()
  await app.page
    .getByRole('button', { name: /Udviklingsplan for Ørslev/ })
    .first()
    .click()
  await app.page.getByRole('tab', { name: 'Kommentarer' }).click()
  await expect(app.page.locator('.review-panel').getByRole('checkbox').nth(1)).toBeChecked()
  await expect(app.page.locator('.review-panel').getByRole('checkbox').nth(0)).not.toBeChecked()
})
