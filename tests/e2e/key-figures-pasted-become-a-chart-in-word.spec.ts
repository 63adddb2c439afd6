import { execFileSync } from 'node:child_process'
import { mkdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { strFromU8, unzipSync } from 'fflate'
import type { Page } from '@playwright/test'
import { test, expect } from './fixtures/harness'
import { EditorPage, nodes } from './editor/editorPage'
import { SCREENS, seriousAxeViolations } from './fixtures/screens'

const SHOTS = '/tmp/shots-issue18-key-figures'
const TSV =
  'Alder\tMænd\tKvinder\n0-9 år\t31\t29\n10-19 år\t35\t33\n20-39 år\t48\t51\n40-59 år\t77\t80\n60-79 år\t70\t66\n80+ år\t3\t1.018\n'
const exportDialog = (page: Page) => page.getByRole('dialog', { name: 'Gem planen som Word-fil' })

/** Pastes text as Excel puts it on the clipboard (text/plain, tab-separated) into the focused element. */
async function pasteTsv(page: Page, text: string) {
  await page.evaluate((t) => {
    const dt = new DataTransfer()
    dt.setData('text/plain', t)
    document.activeElement!.dispatchEvent(
      new ClipboardEvent('paste', { clipboardData: dt, bubbles: true, cancelable: true }),
    )
  }, text)
}

test('a Nøgletal block: insert, paste from Excel, pick the pyramid, and get a native chart in Word', async ({
  app,
}) => {
  test.setTimeout(120_000)
  const ed = await EditorPage.withNewPlan(app)
  const { page } = app
  await page.keyboard.type('Befolkningen i Bøvl:')
  await ed.tool('Nøgletal').click()
  const block = page.locator('figure.key-figures')
  await expect(block).toBeVisible()
  await expect(block.getByLabel('Titel')).toBeFocused()
  await page.keyboard.type('Befolkning efter alder og køn')

  await block.getByLabel('Række 1').focus()
  await pasteTsv(page, TSV)
  const grid = block.getByRole('table', { name: 'Befolkning efter alder og køn' })
  await expect(grid.getByRole('row')).toHaveCount(7)
  await expect(block.getByLabel('Overskrift for kolonne 2')).toHaveValue('Kvinder')
  await expect(block.getByLabel('80+ år, Kvinder')).toHaveValue('1.018')
  // Men and women by age: the pyramid is suggested; choose columns and then the pyramid again.
  const kind = block.getByLabel('Diagram')
  await expect(kind).toHaveValue('pyramid')
  await kind.selectOption({ label: 'Søjler' })
  await kind.selectOption({ label: 'Befolkningspyramide' })
  await expect(kind).toHaveValue('pyramid')
  await expect(block.getByRole('note')).toContainText('færre end 5 personer')
  const chart = block.getByRole('img')
  await expect(chart).toHaveAttribute('alt', /^Befolkning efter alder og køn: Mænd i alt 264/)

  // The grid by keyboard: Enter and the arrows move between cells.
  await block.getByLabel('0-9 år, Mænd').focus()
  await page.keyboard.press('Enter')
  await expect(block.getByLabel('10-19 år, Mænd')).toBeFocused()
  await page.keyboard.press('ArrowDown')
  await page.keyboard.press('ArrowRight')
  await expect(block.getByLabel('20-39 år, Kvinder')).toBeFocused()
  await page.keyboard.press('ArrowUp')
  await expect(block.getByLabel('10-19 år, Kvinder')).toBeFocused()
  await block.getByLabel('Kilde').fill('Kilde: Danmarks Statistik, FOLK1A, 2026')

  const doc = await ed.saved()
  const [kf] = nodes(doc, 'keyFigures')
  expect(kf.attrs).toMatchObject({
    title: 'Befolkning efter alder og køn',
    labelHeading: 'Alder',
    columns: ['Mænd', 'Kvinder'],
    chart: 'pyramid',
    source: 'Kilde: Danmarks Statistik, FOLK1A, 2026',
  })
  expect((kf.attrs?.rows as { values: number[] }[])[5].values).toEqual([3, 1018])

  expect(await seriousAxeViolations(page, 'figure.key-figures')).toEqual([])
  mkdirSync(SHOTS, { recursive: true })
  for (const s of SCREENS.filter((x) => x.name !== '150pct-1280x860')) {
    await page.setViewportSize({ width: s.width, height: s.height })
    await block.evaluate((el) => el.scrollIntoView({ block: 'start' }))
    await page.screenshot({ path: join(SHOTS, `block-${s.name}.png`) })
  }
  await page.setViewportSize({ width: 1280, height: 860 })
  await chart.screenshot({ path: join(SHOTS, 'chart-1280x860.png') })

  const target = join(app.dataDir, 'Nøgletal.docx')
  app.host.saveAnswers.push(target)
  await page.getByRole('button', { name: 'Gem som Word' }).click()
  await exportDialog(page).getByRole('button', { name: 'Vælg placering og gem' }).click()
  await expect(exportDialog(page).getByRole('status')).toContainText('Nøgletal.docx')

  const files = unzipSync(new Uint8Array(readFileSync(target)))
  const chart1 = strFromU8(files['word/charts/chart1.xml'])
  expect(chart1).toContain('<c:barDir val="bar"/>')
  expect(chart1).toContain('<c:v>80+ år</c:v>')
  expect(chart1).toContain('<c:v>-31</c:v>')
  expect(chart1).toContain('<c:v>1018</c:v>')
  const body = strFromU8(files['word/document.xml'])
  expect(body).toContain('descr="Befolkning efter alder og køn: Mænd i alt 264, flest i 40-59 år (77)')
  expect(body).toContain('1.018')
  expect(body).toContain('Kilde: Danmarks Statistik, FOLK1A, 2026')

  // The PDF is the page printed: the chart (the SVG) and the table are in it, the grid's controls not.
  await page.keyboard.press('Escape')
  await expect(exportDialog(page)).toHaveCount(0)
  const pdfTarget = join(app.dataDir, 'Nøgletal')
  app.host.saveAnswers.push(pdfTarget)
  await page.locator('.editor-bar').getByRole('button', { name: 'Gem som PDF' }).click()
  const pdfDialog = page.getByRole('dialog', { name: 'Gem planen som PDF' })
  await pdfDialog.getByRole('button', { name: /Gem alligevel|Vælg placering og gem/ }).click()
  await expect(pdfDialog.getByRole('status')).toHaveText(`Gemt som ${pdfTarget}.pdf`)
  const text = execFileSync('pdftotext', ['-layout', `${pdfTarget}.pdf`, '-']).toString()
  expect(text).toContain('Kilde: Danmarks Statistik, FOLK1A, 2026')
  expect(text).toContain('1.018')
  expect(text).not.toContain('Tilføj række')
  execFileSync('pdftoppm', ['-png', '-r', '50', `${pdfTarget}.pdf`, join(SHOTS, 'pdf-page')])
})
