import { execFileSync } from 'node:child_process'
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync } from 'node:fs'
import { strFromU8, unzipSync } from 'fflate'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { test, expect } from './fixtures/harness'
import { EditorPage, nodes, textOf } from './editor/editorPage'
import { SCREENS, seriousAxeViolations } from './fixtures/screens'
import { KeyFigureTable } from '../../src/shared/model/keyFigures'

const FIXTURES = resolve('tests/unit/datapakke/fixtures')
const copy = (name: string) => {
  const file = join(mkdtempSync(join(tmpdir(), 'pv-datapakke-e2e-')), name)
  copyFileSync(join(FIXTURES, name), file)
  return file
}

test('a PX file from Statistics Denmark becomes a Nøgletal block in the plan, with its source line', async ({
  app,
}) => {
  const ed = await EditorPage.withNewPlan(app)
  app.host.openAnswers.push(copy('folk1a.px'))
  await ed.tool('Hent nøgletal').click()
  const dialog = app.page.getByRole('dialog', { name: 'Hent nøgletal' })
  await dialog.getByRole('button', { name: 'Vælg fil …' }).click()
  await expect(dialog.getByRole('table', { name: 'Første rækker i folk1a.px' })).toBeVisible()
  await expect(dialog).toContainText('»..« betyder: tal foreligger ikke (ikke oplyst)')
  expect(await seriousAxeViolations(app.page, '.modal')).toEqual([])
  for (const screen of SCREENS) {
    await app.page.setViewportSize({ width: screen.width, height: screen.height })
    await app.page.screenshot({ path: `test-results/datapakke-px-${screen.name}.png` })
  }
  await app.page.setViewportSize({ width: 1280, height: 860 })
  await dialog.getByRole('checkbox', { name: 'folk1a.px' }).check()
  await dialog.getByRole('button', { name: 'Indsæt 1 valgt' }).click()
  await expect(dialog).toBeHidden()
  const doc = await ed.saved()
  const [block] = nodes(doc, 'keyFigures')
  const figures = KeyFigureTable.parse(block?.attrs)
  expect(figures.rows.map((r) => r.label)).toContain('2016K1')
  expect(figures.rows.flatMap((r) => r.values)).toContain(332)
  expect(figures.source).toBe('Kilde: Danmarks Statistik, FOLK1A, 2026')
  await expect(app.page.locator('.key-figures img')).toBeVisible()
})

test('a Microsoft Forms export: a closed question as counts with a privacy warning, a free-text answer as a quote', async ({
  app,
}) => {
  const ed = await EditorPage.withNewPlan(app)
  app.host.openAnswers.push(copy('forms.xlsx'))
  await ed.tool('Hent nøgletal').click()
  const dialog = app.page.getByRole('dialog', { name: 'Hent nøgletal' })
  await dialog.getByRole('button', { name: 'Vælg fil …' }).click()
  await dialog.getByRole('checkbox', { name: 'Hvor bor du?' }).check()
  await expect(dialog.getByRole('note').first()).toContainText('færre end 5 personer')
  await dialog.getByRole('checkbox', { name: 'Et bageri' }).check()
  expect(await seriousAxeViolations(app.page, '.modal')).toEqual([])
  await app.page.screenshot({ path: 'test-results/datapakke-survey-1280x860.png' })
  await dialog.getByRole('button', { name: 'Indsæt 2 valgte' }).click()
  const doc = await ed.saved()
  const figures = KeyFigureTable.parse(nodes(doc, 'keyFigures')[0]?.attrs)
  expect(figures.rows.map((r) => r.label)).toContain('I byen')
  expect(nodes(doc, 'blockquote').map(textOf)).toEqual(['Et bageri'])
})

test('a binary file renamed .csv is refused in Danish and nothing is inserted', async ({ app }) => {
  const ed = await EditorPage.withNewPlan(app)
  const file = copy('befolkning.xlsx').replace(/\.xlsx$/, '.csv')
  copyFileSync(join(FIXTURES, 'befolkning.xlsx'), file)
  app.host.openAnswers.push(file)
  await ed.tool('Hent nøgletal').click()
  const dialog = app.page.getByRole('dialog', { name: 'Hent nøgletal' })
  await dialog.getByRole('button', { name: 'Vælg fil …' }).click()
  await expect(dialog.getByRole('alert')).toContainText('Filen er ikke en tekstfil (CSV)')
  await expect(dialog.getByRole('button', { name: 'Indsæt valgte' })).toBeDisabled()
})

test('a datapakke handed over as a folder offers every table in it, and the chosen one goes in', async ({
  app,
}) => {
  const ed = await EditorPage.withNewPlan(app)
  const folder = join(mkdtempSync(join(tmpdir(), 'pv-datapakke-e2e-')), 'Datapakke Ødsted')
  mkdirSync(folder)
  copyFileSync(join(FIXTURES, 'folk1a.px'), join(folder, 'folk1a.px'))
  copyFileSync(join(FIXTURES, 'befolkning-1252.csv'), join(folder, 'befolkning.csv'))
  app.host.openAnswers.push(folder)
  await ed.tool('Hent nøgletal').click()
  const dialog = app.page.getByRole('dialog', { name: 'Hent nøgletal' })
  await dialog.getByRole('button', { name: 'Vælg mappe …' }).click()
  await expect(dialog.getByRole('checkbox', { name: 'folk1a.px' })).toBeVisible()
  await expect(dialog.getByRole('checkbox', { name: 'befolkning.csv' })).toBeVisible()
  await dialog.getByRole('checkbox', { name: 'befolkning.csv' }).check()
  await dialog.getByRole('button', { name: 'Indsæt 1 valgt' }).click()
  const doc = await ed.saved()
  const figures = KeyFigureTable.parse(nodes(doc, 'keyFigures')[0]?.attrs)
  expect(figures.columns).toContain('Mænd')
})

test('a Danish Excel CSV dropped on the dialog becomes a chart in the Word file, rendered by LibreOffice', async ({
  app,
}) => {
  const ed = await EditorPage.withNewPlan(app)
  const page = app.page
  await ed.tool('Hent nøgletal').click()
  const dialog = page.getByRole('dialog', { name: 'Hent nøgletal' })
  // Dropped as a file from Explorer: the bytes as Excel wrote them (Windows-1252, ";", decimal commas).
  const bytes = [...readFileSync(join(FIXTURES, 'befolkning-1252.csv'))]
  const dataTransfer = await page.evaluateHandle((b) => {
    const dt = new DataTransfer()
    dt.items.add(new File([new Uint8Array(b)], 'befolkning.csv', { type: 'text/csv' }))
    return dt
  }, bytes)
  await dialog.locator('.datapakke').dispatchEvent('drop', { dataTransfer })
  await dialog.getByRole('checkbox', { name: 'befolkning.csv' }).check()
  await dialog.getByRole('button', { name: 'Indsæt 1 valgt' }).click()
  await expect(dialog).toBeHidden()
  await expect(page.locator('.key-figures img')).toBeVisible()

  const target = join(app.dataDir, 'Befolkning.docx')
  app.host.saveAnswers.push(target)
  await page.getByRole('button', { name: 'Gem som Word' }).click()
  const exportDialog = page.getByRole('dialog', { name: 'Gem planen som Word-fil' })
  await exportDialog.getByRole('button', { name: 'Vælg placering og gem' }).click()
  await expect(exportDialog.getByRole('status')).toContainText('Befolkning.docx')

  const files = unzipSync(new Uint8Array(readFileSync(target)))
  const chart = strFromU8(files['word/charts/chart1.xml'] ?? new Uint8Array())
  // The years as categories and the men's 2016 figure as a number, read from the 1252 file.
  expect(chart).toContain('<c:v>2016</c:v>')
  expect(chart).toContain('<c:v>1334</c:v>')
  expect(strFromU8(files['word/document.xml'])).toContain('Mænd')

  // Rendered as a reader sees it: the chart's page as PNG (looked at: /tmp/shots-datapakke/).
  const out = '/tmp/shots-datapakke'
  mkdirSync(out, { recursive: true })
  try {
    execFileSync('soffice', ['--headless', '--convert-to', 'pdf', '--outdir', out, target], { stdio: 'pipe' })
    execFileSync('pdftoppm', ['-png', '-r', '60', join(out, 'Befolkning.pdf'), join(out, 'page')])
  } catch {
    test.info().annotations.push({ type: 'note', description: 'LibreOffice not installed: not rendered' })
  }
})
