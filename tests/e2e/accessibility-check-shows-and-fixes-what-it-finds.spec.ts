import { existsSync, mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Page } from '@playwright/test'
import { test, expect, type AppHarness } from './fixtures/harness'
import { HomePage } from './fixtures/pages'
import { SCREENS, seriousAxeViolations, shoot, expectInWindow } from './fixtures/screens'
import { nodes, textOf, type PMNode } from './editor/editorPage'
import { NewPlanInput } from '../../src/shared/api'
import { makePng } from '../unit/export/fixtures/png'

const text = (t: string, marks?: unknown[]) => ({ type: 'text', text: t, ...(marks ? { marks } : {}) })
const para = (...content: unknown[]) => ({ type: 'paragraph', content })
const heading = (level: number, t?: string) => ({
  type: 'heading',
  attrs: { level },
  ...(t ? { content: [text(t)] } : {}),
})
const cell = (t: string) => ({ type: 'tableCell', content: [para(text(t))] })
const SHOUT = 'ALLE ER VELKOMNE TIL MØDET I FORSAMLINGSHUSET PÅ TORSDAG KL. 19, HUSK KAFFE OG KAGE'

/** A plan with one of each thing the check finds, opened in the editor. */
async function openPlanWithFindings(app: AppHarness) {
  const plan = await app.handlers['plans.create'](
    NewPlanInput.parse({ title: 'Bøvl 2030', council: 'Bøvl Lokalråd' }),
  )
  const png = Buffer.from(makePng(400, 240)).toString('base64')
  const { src } = await app.handlers['assets.add']({ planId: plan.id, fileName: 'gadekaer.png', data: png })
  const content = [
    heading(1, 'Vision'),
    para(text('Bøvl skal være et godt sted at bo.')),
    { type: 'image', attrs: { src, alt: '', width: 400, height: 240 } },
    heading(3, 'Stien langs åen'),
    para(text('Stien skal gå hele vejen rundt.')),
    heading(2),
    {
      type: 'table',
      content: [
        { type: 'tableRow', content: [cell('Hvad'), cell('Hvornår')] },
        { type: 'tableRow', content: [cell('Sti'), cell('2027')] },
      ],
    },
    para(
      text('Om tilskud: '),
      text('klik her', [{ type: 'link', attrs: { href: 'https://vejen.dk/tilskud' } }]),
    ),
    para(text(SHOUT)),
  ]
  await app.handlers['plans.save']({ id: plan.id, rev: plan.rev, doc: { type: 'doc', content } })
  await app.page.reload()
  await new HomePage(app).openPlan('Bøvl 2030')
  await expect(app.page.locator('.ProseMirror')).toContainText('Stien skal gå')
}

const panel = (page: Page) => page.locator('#side-panel-a11y')
const findings = (page: Page) => panel(page).locator('.a11y-finding')
const finding = (page: Page, text: string) => findings(page).filter({ hasText: text })

/** The block the caret is in, read from the editor itself. */
function caretBlock(page: Page) {
  return page.evaluate(() => {
    const dom = document.querySelector('.ProseMirror') as Element & {
      editor: { state: { selection: { $from: { parent: { type: { name: string }; textContent: string } } } } }
    }
    const parent = dom.editor.state.selection.$from.parent
    return `${parent.type.name}: ${parent.textContent}`
  })
}

async function savedDoc(app: AppHarness, page: Page): Promise<PMNode> {
  await expect(page.getByTestId('save-status')).toHaveText('Gemt')
  return (await app.savedPlan()).doc as PMNode
}

test('Tilgængelighed lists what a screen reader misses; Vis goes there and Ret puts it right', async ({
  app,
}) => {
  const { page } = app
  await openPlanWithFindings(app)
  const tab = page.getByRole('tab', { name: /^Tilgængelighed/ })
  await expect(tab).toHaveAccessibleName('Tilgængelighed (6 ting at se på)')
  await tab.click()
  await expect(findings(page)).toHaveCount(6)
  expect(await seriousAxeViolations(page, '.side-panel')).toEqual([])
  await expect(panel(page).getByRole('status')).toHaveText(
    '6 ting kan gøres bedre for læsere med skærmlæser.',
  )
  for (const s of SCREENS.filter((s) => s.name !== '150pct-1280x860')) {
    await page.setViewportSize({ width: s.width, height: s.height })
    await shoot(page, `a11y-panel-${s.name}`)
    await expectInWindow(page, tab)
  }
  await page.setViewportSize({ width: 1280, height: 860 })

  // Vis: the caret goes to the heading that skips a level.
  const skip = finding(page, 'Stien langs åen')
  await expect(skip).toContainText('er Overskrift 3, men niveauet over mangler. Brug Overskrift 2')
  await skip.getByRole('button', { name: 'Vis' }).click()
  expect(await caretBlock(page)).toBe('heading: Stien langs åen')

  // Ret: the heading becomes level 2, and the list has one finding less.
  await skip.getByRole('button', { name: 'Ret: Gør til Overskrift 2' }).click()
  await expect(findings(page)).toHaveCount(5)
  let doc = await savedDoc(app, page)
  expect(nodes(doc, 'heading').find((h) => textOf(h) === 'Stien langs åen')?.attrs?.level).toBe(2)

  await finding(page, 'ingen overskriftsrække')
    .getByRole('button', { name: 'Ret: Gør første række til overskrifter' })
    .click()
  await expect(findings(page)).toHaveCount(4)

  await finding(page, 'En overskrift er tom').getByRole('button', { name: 'Ret: Gør til brødtekst' }).click()
  await expect(findings(page)).toHaveCount(3)

  // A picture's description is asked for in the image dialog.
  await finding(page, 'Et billede har ingen beskrivelse')
    .getByRole('button', { name: 'Ret: Beskriv billedet' })
    .click()
  const imageDialog = page.getByRole('dialog', { name: 'Billede' })
  await imageDialog
    .getByLabel('Beskriv billedet for dem, der ikke kan se det')
    .fill('Gadekæret set fra kirken om sommeren')
  await imageDialog.getByRole('button', { name: 'Gem' }).click()
  await expect(findings(page)).toHaveCount(2)

  // A link's words are put right in the link dialog, which starts in its text.
  await finding(page, 'klik her').getByRole('button', { name: 'Ret: Skriv en bedre linktekst' }).click()
  const linkDialog = page.getByRole('dialog', { name: 'Redigér link' })
  await expect(linkDialog.getByLabel('Tekst der vises')).toBeFocused()
  await expect(linkDialog.getByLabel('Tekst der vises')).toHaveValue('klik her')
  await linkDialog.getByLabel('Tekst der vises').fill('Vejen Kommunes tilskudspulje')
  await linkDialog.getByRole('button', { name: 'Indsæt link' }).click()
  await expect(findings(page)).toHaveCount(1)

  doc = await savedDoc(app, page)
  const rows = nodes(doc, 'tableRow')
  expect(rows[0].content?.map((c) => c.type)).toEqual(['tableHeader', 'tableHeader'])
  expect(rows[1].content?.map((c) => c.type)).toEqual(['tableCell', 'tableCell'])
  expect(nodes(doc, 'heading').map(textOf)).toEqual(['Vision', 'Stien langs åen'])
  expect(nodes(doc, 'image')[0].attrs?.alt).toBe('Gadekæret set fra kirken om sommeren')
  const linked = nodes(doc, 'text').filter((t) => t.marks?.some((m) => m.type === 'link'))
  expect(linked.map((t) => [t.text, t.marks?.[0].attrs?.href])).toEqual([
    ['Vejen Kommunes tilskudspulje', 'https://vejen.dk/tilskud'],
  ])

  // Capitals have no Ret (changing the letters could spoil names); Vis still goes there.
  const caps = finding(page, 'store bogstaver')
  await expect(caps.getByRole('button', { name: /^Ret/ })).toHaveCount(0)
  await caps.getByRole('button', { name: 'Vis' }).focus()
  await page.keyboard.press('Enter')
  expect(await caretBlock(page)).toBe(`paragraph: ${SHOUT}`)
  await expect(tab).toHaveAccessibleName('Tilgængelighed (1 ting at se på)')
})

test('before Gem som Word the findings are summed up, with Vis, and the save goes ahead anyway', async ({
  app,
}) => {
  const { page } = app
  await openPlanWithFindings(app)
  const bar = page.locator('.editor-bar')
  await bar.getByRole('button', { name: 'Gem som Word' }).click()
  const dialog = page.getByRole('dialog', { name: 'Gem planen som Word-fil' })
  await expect(dialog).toContainText('6 ting kan gøres bedre for læsere med skærmlæser.')
  await shoot(page, 'a11y-summary-before-word-1280x860')
  expect(await seriousAxeViolations(page)).toEqual([])

  // Vis: the dialog closes, the panel opens with focus on its tab (also from the writing view).
  await dialog.getByRole('button', { name: 'Vis', exact: true }).click()
  await expect(dialog).toBeHidden()
  const tab = page.getByRole('tab', { name: /^Tilgængelighed/ })
  await expect(tab).toHaveAttribute('aria-selected', 'true')
  await expect(tab).toBeFocused()
  await page.keyboard.press('Tab')
  await expect(findings(page).first().getByRole('button', { name: 'Vis' })).toBeFocused()

  const target = join(mkdtempSync(join(tmpdir(), 'pv-a11y-')), 'Bøvl.docx')
  app.host.saveAnswers.push(target)
  await bar.getByRole('button', { name: 'Gem som Word' }).click()
  await dialog.getByRole('button', { name: 'Gem alligevel' }).click()
  await expect(dialog.getByRole('status')).toContainText('Gemt som')
  expect(existsSync(target)).toBe(true)
})
