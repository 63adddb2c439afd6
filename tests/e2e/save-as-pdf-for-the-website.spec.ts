import { execFileSync, spawnSync } from 'node:child_process'
import { existsSync, mkdirSync, mkdtempSync, readFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Page } from '@playwright/test'
import { test, expect, type AppHarness } from './fixtures/harness'
import { HomePage } from './fixtures/pages'
import { SCREENS, seriousAxeViolations, shoot } from './fixtures/screens'
import { NewPlanInput } from '../../src/shared/api'
import { AppError } from '../../src/shared/model/errors'
import { makePng } from '../unit/export/fixtures/png'

const SHOTS = process.env.SHOTS_DIR ?? '/tmp/shots-issue13-pdf'
const text = (t: string, marks?: unknown[]) => ({ type: 'text', text: t, ...(marks ? { marks } : {}) })
const para = (t: string) => ({ type: 'paragraph', content: [text(t)] })
const heading = (level: number, t: string) => ({ type: 'heading', attrs: { level }, content: [text(t)] })
const cell = (type: string, t: string) => ({ type, content: [para(t)] })
const ALT = 'Gadekæret set fra kirken en sommeraften'

const run = (cmd: string, args: string[]) => execFileSync(cmd, args, { encoding: 'utf8', maxBuffer: 1 << 26 })

/** A plan with what a website PDF must carry: headings (one that skips a level), a described
 * picture, an initiative with its fields, a table with a header row, the action plan, a catalogue. */
async function openWebsitePlan(app: AppHarness) {
  const plan = await app.handlers['plans.create'](
    NewPlanInput.parse({
      title: 'Bøvl 2030',
      council: 'Bøvl Lokalråd',
      villages: ['Bøvl', 'Ålum'],
      municipality: 'Vejen Kommune',
      catalogueId: 'lag-vejen',
    }),
  )
  const png = Buffer.from(makePng(600, 300)).toString('base64')
  const { src } = await app.handlers['assets.add']({ planId: plan.id, fileName: 'gadekaer.png', data: png })
  const content = [
    heading(1, 'Vision'),
    para('Første afsnit om forsamlingshuset og gadekæret.'),
    { type: 'image', attrs: { src, alt: ALT, width: 600, height: 300 } },
    heading(3, 'Stien langs åen'),
    para('Stien skal gå hele vejen rundt om byen.'),
    heading(1, 'Projekter'),
    {
      type: 'initiative',
      attrs: { id: 'lege-1', title: 'Legeplads', status: 'planned', lead: 'Mette Hansen', budget: 250000 },
      content: [para('En legeplads ved hallen for de mindste.')],
    },
    {
      type: 'table',
      content: [
        { type: 'tableRow', content: [cell('tableHeader', 'Hvad'), cell('tableHeader', 'Hvornår')] },
        { type: 'tableRow', content: [cell('tableCell', 'Sti'), cell('tableCell', '2027')] },
      ],
    },
    heading(1, 'Handlingsplan'),
    { type: 'actionPlan' },
  ]
  await app.handlers['plans.save']({ id: plan.id, rev: plan.rev, doc: { type: 'doc', content } })
  await app.page.reload()
  await new HomePage(app).openPlan('Bøvl 2030')
  await expect(app.page.locator('.ProseMirror')).toContainText('Første afsnit')
  return plan.id
}

/** The document as the editor holds it now. */
const editorDoc = (page: Page) =>
  page.evaluate(() =>
    (document.querySelector('.ProseMirror') as Element & { editor: { getJSON(): unknown } }).editor.getJSON(),
  )

/** The strings of the PDF's structure tree that carry alt text, decoded (literal or UTF-16 hex). */
function altTexts(pdf: Buffer): string[] {
  const raw = pdf.toString('latin1')
  return [...raw.matchAll(/\/Alt\s*(\((?:\\.|[^\\)])*\)|<[0-9A-Fa-f\s]*>)/g)].map(([, s]) => {
    if (s.startsWith('<')) {
      const hex = s.slice(1, -1).replace(/\s/g, '')
      const bytes = Buffer.from(hex, 'hex')
      return bytes[0] === 0xfe && bytes[1] === 0xff
        ? bytes.subarray(2).swap16().toString('utf16le')
        : bytes.toString('latin1')
    }
    return s.slice(1, -1).replace(/\\([()\\])/g, '$1')
  })
}

test('Gem som PDF makes a tagged PDF with cover, contents, bookmarks and alt text, like the Word file', async ({
  app,
}) => {
  test.skip(spawnSync('pdfinfo', ['-v']).error !== undefined, 'pdfinfo (poppler-utils) is not installed')
  const { page } = app
  const planId = await openWebsitePlan(app)
  const before = await editorDoc(page)
  const savedBefore = (await app.savedPlan(planId)).doc
  const dir = mkdtempSync(join(tmpdir(), 'pv-pdf-'))
  const target = join(dir, 'Bøvl til hjemmesiden')
  app.host.saveAnswers.push(target)

  await page.locator('.editor-bar').getByRole('button', { name: 'Gem som PDF' }).click()
  const dialog = page.getByRole('dialog', { name: 'Gem planen som PDF' })
  // The skipped level is said first, and does not stop the PDF.
  await expect(dialog).toContainText('1 ting kan gøres bedre for læsere med skærmlæser.')
  mkdirSync(SHOTS, { recursive: true })
  await page.screenshot({ path: join(SHOTS, 'pdf-dialog-1280x860.png') })
  expect(await seriousAxeViolations(page)).toEqual([])
  await dialog.getByRole('button', { name: 'Gem alligevel' }).click()
  await expect(dialog.getByRole('status')).toHaveText(`Gemt som ${target}.pdf`)
  await shoot(page, 'pdf-saved-1280x860')
  expect(app.host.saveDialogs.at(-1)?.title).toBe('Gem planen som PDF')
  expect(app.host.saveDialogs.at(-1)?.defaultName).toMatch(/^Udviklingsplan - Bøvl Lokalråd - .*\.pdf$/)

  const file = `${target}.pdf`
  const pdf = readFileSync(file)
  const info = run('pdfinfo', [file])
  expect(info).toMatch(/^Tagged:\s+yes$/m)
  expect(info).toMatch(/^Title:\s+Bøvl 2030$/m)
  const pages = Number(/^Pages:\s+(\d+)$/m.exec(info)?.[1])
  expect(pages).toBeGreaterThanOrEqual(4)

  const pageText = (n: number) => run('pdftotext', ['-layout', '-f', String(n), '-l', String(n), file, '-'])
  const cover = pageText(1)
  for (const s of ['Bøvl 2030', 'Bøvl Lokalråd', 'Landsbyer: Bøvl, Ålum', 'Kommune: Vejen Kommune', 'Dato:'])
    expect(cover).toContain(s)
  expect(cover).toContain(`Side 1 af ${pages}`)
  const contents = pageText(2)
    .split('\n')
    .map((l) => l.trim())
  expect(contents).toContain('Indholdsfortegnelse')
  // The Word file's contents: the initiative under its section, the skipped level as level 2.
  for (const entry of [
    'Vision',
    'Stien langs åen',
    'Projekter',
    'Legeplads',
    'Handlingsplan',
    'Bilag: Kommunens indsatsområder',
  ])
    expect(contents).toContain(entry)
  const all = run('pdftotext', ['-layout', file, '-'])
  for (const s of [
    'Første afsnit om forsamlingshuset og gadekæret.',
    'Ansvarlig',
    'Mette Hansen',
    'Planlagt',
    '250.000 kr.',
    'En legeplads ved hallen for de mindste.',
    'Hvornår',
    'Politikkens indsatsområder:',
  ])
    expect(all).toContain(s)
  for (const notOnPaper of ['Tilbage til mine planer', 'Gem som Word', 'Tilgængelighed', 'Beskrivelse'])
    expect(
      all.split('\n').some((l) => l.trim() === notOnPaper),
      notOnPaper,
    ).toBe(false)

  // Bookmarks: the headings as the Word file levels them, the initiative one below its section.
  const outline = run('pdftohtml', ['-xml', '-i', '-stdout', file])
  const items = [...outline.matchAll(/<item page="\d+">([^<]*)<\/item>|<(\/?)outline>/g)].map((m) =>
    m[1] !== undefined ? m[1] : m[2] ? ')' : '(',
  )
  expect(items.join(' ')).toBe(
    '( Vision ( Stien langs åen ) Projekter ( Legeplads ) Handlingsplan Bilag: Kommunens indsatsområder )',
  )

  // The tags: headings, the figure with its description, the table with its header cells, the
  // plan's language; the text is not one form field.
  const struct = run('pdfinfo', ['-struct', file])
  for (const tag of [
    'H1 (block)',
    'H2 (block)',
    'Figure',
    'Table (block)',
    'TH',
    'L (block)',
    'Link (inline)',
  ])
    expect(struct).toContain(tag)
  expect(struct).not.toContain('Form')
  expect(altTexts(pdf)).toContain(ALT)
  expect(pdf.toString('latin1')).toContain('/Lang (da)')

  execFileSync('pdftoppm', ['-png', '-r', '50', file, join(SHOTS, 'pdf-page')])

  await dialog.getByRole('button', { name: 'Åbn PDF-filen' }).click()
  await expect.poll(() => app.host.openedPaths).toEqual([file])

  // The page is the editor again: editable, nothing saved by the layout.
  await dialog.getByRole('button', { name: 'Luk' }).click()
  await expect(page.locator('.ProseMirror')).toHaveAttribute('contenteditable', 'true')
  await expect(page.locator('.ProseMirror')).toHaveAttribute('role', 'textbox')
  expect(await page.evaluate(() => [document.title, document.documentElement.dataset.pdf])).toEqual([
    'Planværksted',
    undefined,
  ])
  await expect(page.locator('.pdf-only')).toHaveCount(0)
  // Laying the page out was no edit: the document is as it was, and the file is untouched (opening
  // the plan saved nothing either, so the file lacks the editor's trailing empty paragraph).
  expect(await editorDoc(page)).toEqual(before)
  await expect(page.getByTestId('save-status')).toHaveText('Gemt')
  expect((await app.savedPlan(planId)).doc).toEqual(savedBefore)
})

test('a cancelled save dialog makes no PDF and puts the page back', async ({ app }) => {
  const { page } = app
  await openWebsitePlan(app)
  await page.locator('.editor-bar').getByRole('button', { name: 'Gem som PDF' }).click()
  const dialog = page.getByRole('dialog', { name: 'Gem planen som PDF' })
  await dialog.getByRole('button', { name: 'Gem alligevel' }).click()
  await expect(dialog).toBeVisible()
  await expect(dialog.getByRole('status')).toHaveCount(0)
  await expect(page.locator('.ProseMirror')).toHaveAttribute('contenteditable', 'true')
  await expect(page.locator('.pdf-only')).toHaveCount(0)
})

test('when the PDF cannot be made the dialog says so, nothing is written and the page is the editor again', async ({
  app,
}) => {
  const { page } = app
  await openWebsitePlan(app)
  const target = join(mkdtempSync(join(tmpdir(), 'pv-pdf-')), 'Bøvl.pdf')
  app.host.saveAnswers.push(target)
  app.host.printToPdf = async () => {
    throw new AppError('io', 'printToPDF failed: renderer gone', { reason: 'pdf-failed' })
  }
  await page.locator('.editor-bar').getByRole('button', { name: 'Gem som PDF' }).click()
  const dialog = page.getByRole('dialog', { name: 'Gem planen som PDF' })
  await dialog.getByRole('button', { name: 'Gem alligevel' }).click()
  await expect(dialog.getByRole('alert')).toContainText('PDF-filen kunne ikke laves. Intet er gemt.')
  expect(existsSync(target)).toBe(false)
  await expect(page.locator('.ProseMirror')).toHaveAttribute('contenteditable', 'true')
  await expect(page.locator('.pdf-only')).toHaveCount(0)
  for (const s of SCREENS.filter((x) => x.name !== '150pct-1280x860')) {
    await page.setViewportSize({ width: s.width, height: s.height })
    await page.screenshot({ path: join(SHOTS, `pdf-dialog-failed-${s.name}.png`) })
  }
})
