import type { Page } from '@playwright/test'
import { test, expect } from './fixtures/harness'
import { openPlanWithCards } from './fixtures/planWithCards'
import { saveStatus } from './fixtures/pages'
import { nodes, textOf, type PMNode } from './editor/editorPage'
import {
  SCREENS,
  expectApart,
  expectInside,
  expectInWindow,
  seriousAxeViolations,
  shoot,
} from './fixtures/screens'

const cardEl = (page: Page, title: string) =>
  page.locator('.initiative-card', { has: page.locator(`input.initiative-title[value="${title}"]`) })

type Sel = { type: string; from: number; text: string }
const selection = (page: Page) =>
  page.evaluate((): Sel => {
    const ed = (
      document.querySelector('.ProseMirror') as unknown as { editor: import('@tiptap/core').Editor }
    ).editor
    const s = ed.state.selection
    return { type: s.toJSON().type, from: s.from, text: ed.state.doc.textBetween(s.from, s.to, '|') }
  })

async function savedDoc(app: { savedPlan(): Promise<{ doc: unknown }> }, page: Page): Promise<PMNode> {
  await expect(saveStatus(page)).toHaveText('Gemt')
  return (await app.savedPlan()).doc as PMNode
}
const cardTitles = (doc: PMNode) => nodes(doc, 'initiative').map((n) => n.attrs?.title)

test('a click on the card frame selects the card with a ring; Delete removes only it, Ctrl+Z brings it back', async ({
  app,
}) => {
  const { page } = app
  await openPlanWithCards(app)
  // An old text selection in the paragraph far above, as in the report.
  await page.getByText('Et vigtigt afsnit').click()
  await page.keyboard.press('Control+a')
  await cardEl(page, 'Cykelsti').locator('.initiative-kind').click()

  expect(await selection(page)).toMatchObject({ type: 'node', text: 'Sikker skolevej.' })
  await expect(cardEl(page, 'Cykelsti')).toHaveClass(/initiative-card-selected/)
  const ring = await cardEl(page, 'Cykelsti').evaluate((el) => getComputedStyle(el).outlineStyle)
  expect(ring).toBe('solid')

  await page.keyboard.press('Delete')
  await expect(cardEl(page, 'Cykelsti')).toHaveCount(0)
  let doc = await savedDoc(app, page)
  expect(cardTitles(doc)).toEqual(['Legeplads'])
  expect(textOf(doc)).toContain('Et vigtigt afsnit, som ingen må miste.')
  expect(textOf(doc)).toContain('Sidste afsnit.')

  await page.keyboard.press('Control+z')
  await expect(cardEl(page, 'Cykelsti')).toHaveCount(1)
  doc = await savedDoc(app, page)
  expect(cardTitles(doc)).toEqual(['Legeplads', 'Cykelsti'])

  // Backspace on a selected card does the same, without asking.
  await cardEl(page, 'Legeplads').locator('.initiative-description-label').click({ force: true })
  expect(await selection(page)).toMatchObject({ type: 'node', text: 'En legeplads ved hallen.' })
  await page.keyboard.press('Backspace')
  await expect(cardEl(page, 'Legeplads')).toHaveCount(0)
  await expect(page.getByRole('dialog')).toHaveCount(0)
  await page.keyboard.press('Control+z')
  await expect(cardEl(page, 'Legeplads')).toHaveCount(1)
})

test('the handle menu moves and deletes a card by keyboard, says so, and each step undoes alone', async ({
  app,
}) => {
  const { page } = app
  await openPlanWithCards(app)
  const announcer = page.getByTestId('announcer')

  const handle = page.getByRole('button', { name: 'Handlinger for initiativet «Legeplads»' })
  await handle.focus()
  await page.keyboard.press('Enter')
  const menu = page.getByRole('menu')
  await expect(menu.getByRole('menuitem', { name: 'Flyt op' })).toBeFocused()
  await page.keyboard.press('ArrowDown')
  await expect(menu.getByRole('menuitem', { name: 'Flyt ned' })).toBeFocused()
  await page.keyboard.press('Enter')
  await expect(announcer).toHaveText('Initiativet «Legeplads» er flyttet ned')
  await expect(page.getByRole('menu')).toHaveCount(0)
  expect(cardTitles(await savedDoc(app, page))).toEqual(['Cykelsti', 'Legeplads'])
  // Focus stays on the moved card's handle, so the next choice can follow at once.
  await expect(handle).toBeFocused()
  expect(await selection(page)).toMatchObject({ type: 'node', text: 'En legeplads ved hallen.' })

  // Ctrl+Z on the handle undoes the move (one step), the card's text came along untouched.
  await page.keyboard.press('Control+z')
  expect(cardTitles(await savedDoc(app, page))).toEqual(['Legeplads', 'Cykelsti'])

  // Escape closes the menu and gives focus back.
  await page.getByRole('button', { name: 'Handlinger for initiativet «Cykelsti»' }).click()
  await page.keyboard.press('Escape')
  await expect(page.getByRole('menu')).toHaveCount(0)
  await expect(page.getByRole('button', { name: 'Handlinger for initiativet «Cykelsti»' })).toBeFocused()

  await page.keyboard.press('Enter')
  await page.getByRole('menuitem', { name: 'Flyt op' }).click()
  await expect(announcer).toHaveText('Initiativet «Cykelsti» er flyttet op')
  await page.getByRole('button', { name: 'Handlinger for initiativet «Cykelsti»' }).click()
  await page.getByRole('menuitem', { name: 'Slet' }).click()
  await expect(announcer).toHaveText('Initiativet «Cykelsti» er slettet. Fortryd med Ctrl+Z.')
  expect(cardTitles(await savedDoc(app, page))).toEqual(['Legeplads'])
  await page.keyboard.press('Control+z')
  let doc = await savedDoc(app, page)
  expect(cardTitles(doc)).toEqual(['Cykelsti', 'Legeplads'])
  await page.keyboard.press('Control+z')
  doc = await savedDoc(app, page)
  expect(cardTitles(doc)).toEqual(['Legeplads', 'Cykelsti'])
  expect(textOf(doc)).toContain('Sikker skolevej.')
})

test('Ctrl+Z in a card field undoes the typing in that field, not the text around it', async ({ app }) => {
  const { page } = app
  await openPlanWithCards(app)
  await page.getByText('Sidste afsnit.').click()
  await page.keyboard.press('End')
  await page.keyboard.type(' Mere tekst.')
  const lead = cardEl(page, 'Legeplads').getByLabel('Ansvarlig')
  await lead.click()
  await page.keyboard.type('Mette')
  await page.keyboard.press('Control+z')
  await expect(lead).toHaveValue('')
  expect(nodes(await savedDoc(app, page), 'initiative')[0].attrs?.lead).toBe('')
  await expect(page.getByText('Sidste afsnit. Mere tekst.')).toBeVisible()
  await page.keyboard.press('Control+Shift+z')
  await expect(lead).toHaveValue('Mette')
  expect(nodes(await savedDoc(app, page), 'initiative')[0].attrs?.lead).toBe('Mette')

  const title = page.locator('input.initiative-title[value="Cykelsti"]')
  await title.click()
  await page.keyboard.press('End')
  await page.keyboard.type(' til byen')
  await page.keyboard.press('Control+z')
  await expect(page.locator('input.initiative-title').nth(1)).toHaveValue('Cykelsti')
  await expect(page.getByText('Sidste afsnit. Mere tekst.')).toBeVisible()
})

test('a card folds to one line (title, status, budget); the fold is not saved and survives a move', async ({
  app,
}) => {
  const { page } = app
  await openPlanWithCards(app)
  const lege = cardEl(page, 'Legeplads')
  const before = (await savedDoc(app, page)) as PMNode
  await page.getByRole('button', { name: 'Fold initiativet «Legeplads» sammen' }).click()
  await expect(lege.locator('.initiative-description')).toBeHidden()
  await expect(lege.getByLabel('Ansvarlig')).toBeHidden()
  await expect(lege.locator('.initiative-head')).toContainText('250.000 kr.')
  await expect(lege.getByLabel('Status')).toBeVisible()
  const box = (await lege.boundingBox())!
  expect(box.height).toBeLessThan(60)
  await expect(page.getByRole('button', { name: 'Fold initiativet «Legeplads» ud' })).toHaveAttribute(
    'aria-expanded',
    'false',
  )
  // View state only: the saved plan is the same, and a fold is no undo step.
  expect(await app.savedPlan().then((p) => p.doc)).toEqual(before)

  await page.getByRole('button', { name: 'Handlinger for initiativet «Legeplads»' }).click()
  await page.getByRole('menuitem', { name: 'Flyt ned' }).click()
  expect(cardTitles(await savedDoc(app, page))).toEqual(['Cykelsti', 'Legeplads'])
  await expect(cardEl(page, 'Legeplads').locator('.initiative-description')).toBeHidden()
  await page.getByRole('button', { name: 'Fold initiativet «Legeplads» ud' }).click()
  await expect(cardEl(page, 'Legeplads').locator('.initiative-description')).toBeVisible()
})

for (const s of SCREENS) {
  test(`card handle, menu and ring at ${s.name}`, async ({ app }) => {
    const { page } = app
    await page.setViewportSize({ width: s.width, height: s.height })
    await openPlanWithCards(app)
    const lege = cardEl(page, 'Legeplads')
    await lege.scrollIntoViewIfNeeded()
    await lege.locator('.initiative-kind').click()
    await expect(lege).toHaveClass(/initiative-card-selected/)
    await page.getByRole('button', { name: 'Handlinger for initiativet «Legeplads»' }).click()
    const menu = page.getByRole('menu')
    await menu.scrollIntoViewIfNeeded()
    // The card stays selected (its ring shown) while its menu is open.
    await expect(lege).toHaveClass(/initiative-card-selected/)
    await expectInWindow(page, menu)
    const head = lege.locator('.initiative-head')
    await expectInWindow(page, head.locator('.card-handle'))
    await expectApart(head.locator('.initiative-title'), head.locator('.initiative-status'))
    expect((await head.locator('.initiative-title').boundingBox())!.width).toBeGreaterThan(100)
    await expectApart(head.locator('.initiative-status'), head.locator('.card-handle'))
    await shoot(page, `card-menu-${s.name}`)
    expect(await seriousAxeViolations(page)).toEqual([])
    await page.keyboard.press('Escape')
    await page.getByRole('button', { name: 'Fold initiativet «Legeplads» sammen' }).click()
    await expectApart(head.locator('.initiative-status'), head.locator('.initiative-budget-line'))
    await expectInside(head.locator('.initiative-budget-line'), lege)
    await expectInside(head.locator('.card-handle'), lege)
    await shoot(page, `card-folded-${s.name}`)
  })
}
