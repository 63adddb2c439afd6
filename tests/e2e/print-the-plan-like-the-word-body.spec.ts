import { execFileSync, spawnSync } from 'node:child_process'
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { test, expect, type AppHarness } from './fixtures/harness'
import { HomePage } from './fixtures/pages'
import { NewPlanInput } from '../../src/shared/api'

const para = (text: string) => ({ type: 'paragraph', content: [{ type: 'text', text }] })
const heading = (text: string) => ({
  type: 'heading',
  attrs: { level: 2 },
  content: [{ type: 'text', text }],
})

async function openLongPlan(app: AppHarness) {
  const plan = await app.handlers['plans.create'](
    NewPlanInput.parse({ title: 'Bøvl 2030', council: 'Bøvl Lokalråd' }),
  )
  // Long enough that most of it is off screen (skipped by content-visibility) when printing.
  const content = [heading('Vision'), para('Første afsnit om forsamlingshuset.')]
  for (let i = 0; i < 150; i++) content.push(para(`Afsnit ${i} om stierne, skolen og hallen i landsbyen.`))
  content.push(heading('Bilag'), para('Sidste afsnit om datapakken.'))
  const initiative = {
    type: 'initiative',
    attrs: { id: 'lege-1', title: 'Legeplads', status: 'planned', budget: 250000 },
    content: [para('En legeplads ved hallen.')],
  }
  content.splice(3, 0, initiative as never)
  await app.handlers['plans.save']({ id: plan.id, rev: plan.rev, doc: { type: 'doc', content } })
  await app.page.reload()
  await new HomePage(app).openPlan('Bøvl 2030')
  await expect(app.page.locator('.ProseMirror')).toContainText('Første afsnit')
}

test('Udskriv (and Ctrl+P in the text) opens the print dialog for the plan', async ({ app }) => {
  await app.page.addInitScript(() => {
    const w = window as unknown as { __printed: string[] }
    w.__printed = []
    window.print = () => void w.__printed.push(document.title)
  })
  await openLongPlan(app)
  await app.page.getByRole('button', { name: 'Udskriv' }).click()
  await app.page.locator('.ProseMirror').click()
  await app.page.keyboard.press('Control+p')
  const printed = await app.page.evaluate(() => (window as unknown as { __printed: string[] }).__printed)
  expect(printed).toHaveLength(2)
  expect(printed[0]).toBe('Bøvl 2030')
})

test('what prints is the whole plan text, without the app around it', async ({ app }) => {
  test.skip(spawnSync('pdftotext', ['-v']).error !== undefined, 'pdftotext (poppler-utils) is not installed')
  await openLongPlan(app)
  await app.page.emulateMedia({ media: 'print' })
  for (const chrome of [
    '.topbar',
    '.editor-bar',
    '.toolbar',
    '.side-panel',
    '.plan-editor-status',
    '.card-handle',
  ]) {
    await expect(app.page.locator(chrome).first()).toBeHidden()
  }
  const pdf = await app.page.pdf({ format: 'A4', preferCSSPageSize: true })
  const dir = mkdtempSync(join(tmpdir(), 'pv-print-'))
  writeFileSync(join(dir, 'plan.pdf'), pdf)
  const text = execFileSync('pdftotext', ['-layout', join(dir, 'plan.pdf'), '-'], { encoding: 'utf8' })
  expect(text).toContain('Første afsnit om forsamlingshuset.')
  expect(text).toContain('Afsnit 149 om stierne')
  expect(text).toContain('Sidste afsnit om datapakken.')
  expect(text).toContain('Legeplads')
  for (const notPrinted of ['Tilbage til mine planer', 'Gem som Word', 'Indhold', 'ord']) {
    expect(text.split('\n').some((l) => l.trim() === notPrinted)).toBe(false)
  }
  expect(execFileSync('pdfinfo', [join(dir, 'plan.pdf')], { encoding: 'utf8' })).toMatch(
    /Pages:\s+([3-9]|\d\d)/,
  )
  execFileSync('pdftoppm', [
    '-png',
    '-r',
    '50',
    '-f',
    '1',
    '-l',
    '2',
    join(dir, 'plan.pdf'),
    'test-results/print-page',
  ])
})
