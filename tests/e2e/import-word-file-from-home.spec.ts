import { writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { test, expect } from './fixtures/harness'
import { variedDocx } from '../fixtures/variedDocx'
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate'
import { exportPlanToDocx } from '../../src/main/backend/export'
import { meta } from '../unit/export/fixtures/samplePlan'

test('a Word file imported from the home screen shows its report, then opens as a plan', async ({ app }) => {
  const file = join(tmpdir(), `pv-import-${Date.now()}.docx`)
  writeFileSync(file, await variedDocx())
  app.host.openAnswers.push(file)
  await app.page.getByRole('button', { name: 'Importér Word-fil' }).click()
  const dialog = app.page.getByRole('dialog', { name: 'Word-filen er importeret: Udviklingsplan for Ørslev' })
  await expect(dialog).toContainText('1 tekstboks er sat ind som almindelig tekst')
  await expect(dialog).toContainText('2 links var ikke https eller mailto')
  await expect(dialog).toContainText('javascript:alert(1)')
  await app.page.screenshot({ path: 'test-results/import-report.png' })
  await dialog.getByRole('button', { name: 'Åbn planen' }).click()
  await expect(app.page.getByText('Forsamlingshuset på Åvej')).toBeVisible()
  const plan = await app.savedPlan()
  expect(JSON.stringify(plan.doc)).toContain('Ørslev har 812 indbyggere')
})

test('a PDF named .docx is told apart, in Danish, and no plan is made', async ({ app }) => {
  const file = join(tmpdir(), `pv-import-${Date.now()}.docx`)
  writeFileSync(file, '%PDF-1.7\n%%EOF\n')
  app.host.openAnswers.push(file)
  await app.page.getByRole('button', { name: 'Importér Word-fil' }).click()
  await expect(app.page.getByRole('alert')).toContainText(
    'Filen er en PDF, ikke et Word-dokument. Åbn det oprindelige dokument i Word, og gem det som .docx.',
  )
  expect(await app.planFiles()).toHaveLength(0)
})

test('our own export changed in Word is read from its pages, and the report says why', async ({ app }) => {
  const doc = {
    type: 'doc' as const,
    content: [
      { type: 'heading', attrs: { level: 1 }, content: [{ type: 'text', text: 'Forord' }] },
      { type: 'paragraph', content: [{ type: 'text', text: 'Skolen har 120 elever.' }] },
    ],
  }
  const bytes = await exportPlanToDocx({
    plan: { meta: { ...meta, catalogue: null }, doc },
    readAsset: async () => new Uint8Array(),
    options: { reviewCopy: false },
  })
  const files = unzipSync(bytes)
  const xml = strFromU8(files['word/document.xml']).replace('120 elever', '140 elever')
  files['word/document.xml'] = strToU8(xml)
  const file = join(tmpdir(), `pv-import-${Date.now()}.docx`)
  writeFileSync(file, zipSync(files))
  app.host.openAnswers.push(file)
  await app.page.getByRole('button', { name: 'Importér Word-fil' }).click()
  const dialog = app.page.getByRole('dialog', { name: `Word-filen er importeret: ${meta.title}` })
  await expect(dialog).toContainText('men teksten er ændret i Word')
  await app.page.screenshot({ path: 'test-results/import-report-changed-in-word.png' })
  await dialog.getByRole('button', { name: 'Åbn planen' }).click()
  const plan = await app.savedPlan()
  expect(JSON.stringify(plan.doc)).toContain('Skolen har 140 elever.')
})
