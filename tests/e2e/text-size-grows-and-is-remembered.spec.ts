import AxeBuilder from '@axe-core/playwright'
import type { Page } from '@playwright/test'
import { test, expect } from './fixtures/harness'
import { HomePage } from './fixtures/pages'
import { openPlanWithCards } from './fixtures/planWithCards'

const SHOTS = '/tmp/shots-issue11-basics'
// 200 % zoom of 1366x768 is emulated by the CSS viewport it leaves (683x384).
const SIZES = [
  { name: '1280x860', width: 1280, height: 860 },
  { name: '1024x640', width: 1024, height: 640 },
  { name: 'zoom200', width: 683, height: 384 },
]

const fontPx = (page: Page, css: string) =>
  page
    .locator(css)
    .first()
    .evaluate((p) => parseFloat(getComputedStyle(p).fontSize))
const paragraphPx = (page: Page) => fontPx(page, '.ProseMirror > p')
// An initiative's description is plan text too.
const descriptionPx = (page: Page) => fontPx(page, '.initiative-description p')

test('Ctrl+plus makes the plan text bigger in steps, and it stays bigger after a restart', async ({
  app,
}) => {
  await openPlanWithCards(app)
  const { page } = app
  const normal = await paragraphPx(page)
  const normalDescription = await descriptionPx(page)
  await page.locator('.ProseMirror').click()
  await page.keyboard.press('Control+=')
  await page.keyboard.press('Control+=')
  await expect.poll(() => paragraphPx(page)).toBeCloseTo(normal * 1.25, 0)
  expect(await descriptionPx(page)).toBeCloseTo(normalDescription * 1.25, 0)

  for (const size of SIZES) {
    await page.setViewportSize(size)
    const b = (await page.locator('.plan-page').boundingBox())!
    expect(b.x + b.width, 'the page is not wider than its column').toBeLessThanOrEqual(size.width)
    await page.screenshot({ path: `${SHOTS}/c-text-125-${size.name}.png` })
  }
  await page.setViewportSize(SIZES[0])

  await app.restart()
  await new HomePage(app.page).openPlan('Kortplanen')
  await expect.poll(() => paragraphPx(app.page)).toBeCloseTo(normal * 1.25, 0)

  // Indstillinger shows it and can change it; Ctrl+0 brings it back.
  await app.page.getByRole('button', { name: 'Indstillinger' }).click()
  const select = app.page.getByLabel('Tekststørrelse i planen')
  await expect(select).toHaveValue('125')
  const axe = await new AxeBuilder({ page: app.page }).analyze()
  expect(axe.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical')).toEqual([])
  await app.page.screenshot({ path: `${SHOTS}/c-settings-1280x860.png` })
  await select.selectOption('150')
  await app.page.getByRole('button', { name: 'Mine planer' }).click()
  await new HomePage(app.page).openPlan('Kortplanen')
  await expect.poll(() => paragraphPx(app.page)).toBeCloseTo(normal * 1.5, 0)
  await app.page.locator('.ProseMirror').click()
  await app.page.keyboard.press('Control+0')
  await expect.poll(() => paragraphPx(app.page)).toBeCloseTo(normal, 0)
})
