import type { Page } from '@playwright/test'
import { test, expect } from './fixtures/harness'
import { saveStatus } from './fixtures/pages'
import { openPlanWithCards } from './fixtures/planWithCards'
import { SCREENS, expectInWindow, seriousAxeViolations, shoot } from './fixtures/screens'

const lege = (page: Page) =>
  page.locator('.initiative-card', { has: page.locator('input.initiative-title[value="Legeplads"]') })
const startOf = async (app: { savedPlan(): Promise<{ doc: unknown }> }, page: Page) => {
  await expect(saveStatus(page)).toHaveText('Gemt')
  const doc = (await app.savedPlan()).doc as { content: { type: string; attrs?: Record<string, unknown> }[] }
  const c = doc.content.find((n) => n.type === 'initiative')!
  return { start: c.attrs?.start, end: c.attrs?.end }
}

test('a month is typed as people write it, shown in Danish, and nonsense is refused but kept', async ({
  app,
}) => {
  const { page } = app
  await openPlanWithCards(app)
  const start = lege(page).getByRole('combobox', { name: 'Start (måned)' })
  const end = lege(page).getByRole('combobox', { name: 'Slut (måned)' })
  await expect(start).toHaveAttribute('placeholder', 'fx marts 2027')

  await start.fill('mar 2027')
  await start.press('Enter')
  await expect(start).toHaveValue('marts 2027')
  expect(await startOf(app, page)).toMatchObject({ start: '2027-03' })

  // One Tab stop per month field: Tab from Start lands in Slut.
  await start.focus()
  await page.keyboard.press('Tab')
  await expect(end).toBeFocused()
  await page.keyboard.type('3.28')
  await page.keyboard.press('Tab')
  await expect(end).toHaveValue('marts 2028')
  expect(await startOf(app, page)).toMatchObject({ start: '2027-03', end: '2028-03' })

  await end.fill('næste forår')
  await end.press('Enter')
  await expect(end).toHaveAttribute('aria-invalid', 'true')
  await expect(end).toHaveValue('næste forår')
  const errorId = await end.getAttribute('aria-describedby')
  await expect(page.locator(`[id="${errorId}"]`)).toHaveText(
    'Det er ikke en måned, vi kan læse. Skriv fx marts 2027 eller 3/2027.',
  )
  await end.blur()
  await expect(end).toHaveValue('næste forår')
  expect(await startOf(app, page)).toMatchObject({ end: '2028-03' })

  await end.fill('12/2028')
  await end.press('Enter')
  await expect(end).not.toHaveAttribute('aria-invalid', 'true')
  await expect(end).toHaveValue('december 2028')
  // An empty field is a month not yet known.
  await end.fill('')
  await end.press('Enter')
  expect(await startOf(app, page)).toMatchObject({ start: '2027-03', end: '' })
})

test('a month is chosen from the list with the keyboard: arrows, Enter, Escape', async ({ app }) => {
  const { page } = app
  await openPlanWithCards(app)
  const start = lege(page).getByRole('combobox', { name: 'Start (måned)' })
  await start.fill('nov 2026')
  await start.press('Enter')
  await start.press('ArrowDown')
  const list = page.getByRole('listbox', { name: 'Måneder i 2026' })
  await expect(list).toBeVisible()
  await expect(list.getByRole('option', { name: 'november' })).toHaveAttribute('aria-selected', 'true')
  await start.press('ArrowDown')
  await start.press('ArrowDown')
  // Past December the list walks on into the next year.
  await expect(page.getByRole('listbox', { name: 'Måneder i 2027' })).toBeVisible()
  await expect(page.getByRole('option', { name: 'januar' })).toHaveAttribute('aria-selected', 'true')
  await expect(start).toHaveAttribute('aria-activedescendant', /2027-01$/)
  await start.press('Enter')
  await expect(start).toHaveValue('januar 2027')
  expect(await startOf(app, page)).toMatchObject({ start: '2027-01' })

  await start.press('ArrowUp')
  await expect(page.getByRole('listbox')).toBeVisible()
  await start.press('Escape')
  await expect(page.getByRole('listbox')).toHaveCount(0)
  await expect(start).toHaveValue('januar 2027')

  await start.press('ArrowDown')
  await page.getByRole('option', { name: 'marts' }).click()
  await expect(start).toHaveValue('marts 2027')
})

test('in English the month field speaks English', async ({ app }) => {
  const { page } = app
  await openPlanWithCards(app)
  await app.handlers['settings.set']({ language: 'en' })
  await page.reload()
  await page.getByRole('button', { name: 'Open Kortplanen' }).click()
  const start = lege(page).getByRole('combobox', { name: /^Start/ })
  await start.fill('marts 2027')
  await start.press('Enter')
  await expect(start).toHaveValue('March 2027')
  await start.press('ArrowDown')
  await expect(page.getByRole('option', { name: 'March' })).toHaveAttribute('aria-selected', 'true')
})

for (const s of SCREENS) {
  test(`the month list fits and reads at ${s.name}`, async ({ app }) => {
    const { page } = app
    await page.setViewportSize({ width: s.width, height: s.height })
    await openPlanWithCards(app)
    const start = lege(page).getByRole('combobox', { name: 'Start (måned)' })
    await start.scrollIntoViewIfNeeded()
    await start.fill('aug 2026')
    await start.press('Enter')
    await start.press('ArrowDown')
    const list = page.getByRole('listbox')
    await list.getByRole('option', { name: 'august' }).scrollIntoViewIfNeeded()
    await expectInWindow(page, list)
    await expectInWindow(page, start)
    expect((await start.boundingBox())!.width).toBeGreaterThan(100)
    await shoot(page, `month-list-${s.name}`)
    expect(await seriousAxeViolations(page, '.initiative-card')).toEqual([])
  })
}
