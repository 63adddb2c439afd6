import AxeBuilder from '@axe-core/playwright'
import type { Locator } from '@playwright/test'
import { test, expect } from './fixtures/harness'
import { openPlanWithCards } from './fixtures/planWithCards'

const SHOTS = '/tmp/shots-issue11-basics'
// 200 % zoom of 1366x768 is emulated by the CSS viewport it leaves (683x384).
const SIZES = [
  { name: '1280x860', width: 1280, height: 860 },
  { name: '1024x640', width: 1024, height: 640 },
  { name: 'zoom200', width: 683, height: 384 },
]

async function expectInside(el: Locator, width: number) {
  const b = (await el.boundingBox())!
  expect(b.x).toBeGreaterThanOrEqual(0)
  expect(b.x + b.width).toBeLessThanOrEqual(width + 0.5)
}

test('Ctrl+H replaces in the text and in initiative descriptions, all in one undo step', async ({ app }) => {
  const { page } = app
  await openPlanWithCards(app)
  const text = page.locator('.ProseMirror')
  await text.click()
  await page.keyboard.press('Control+h')
  const find = page.getByRole('search', { name: 'Søg i planen' })
  await expect(find.getByRole('searchbox', { name: 'Søg efter' })).toBeFocused()
  await page.keyboard.type('afsnit')
  await expect(find).toContainText('2 fundet')
  await find.getByRole('textbox', { name: 'Erstat med' }).fill('stykke')
  await find.getByRole('button', { name: 'Erstat alle' }).click()
  await expect(find.locator('[aria-live]')).toHaveText('2 steder er erstattet')
  await expect(text).toContainText('Et vigtigt stykke, som ingen må miste.')
  await expect(text).toContainText('Sidste stykke.')

  // One Ctrl+Z takes back all of it.
  await page.keyboard.press('Escape')
  await expect(text).toBeFocused()
  await page.keyboard.press('Control+z')
  await expect(text).toContainText('Et vigtigt afsnit, som ingen må miste.')
  await expect(text).toContainText('Sidste afsnit.')

  // Erstat, one at a time, inside a card's description: first shows it, then replaces it.
  await page.keyboard.press('Control+h')
  await page.keyboard.type('hallen')
  const replaceField = find.getByRole('textbox', { name: 'Erstat med' })
  await replaceField.fill('skolen')
  await find.getByRole('button', { name: 'Erstat', exact: true }).click()
  await expect(find).toContainText('1 af 1')
  await find.getByRole('button', { name: 'Erstat', exact: true }).click()
  await expect(page.locator('.initiative-card').first()).toContainText('En legeplads ved skolen.')
  await expect(page.getByTestId('save-status')).toHaveText('Gemt')
  const saved = JSON.stringify((await app.savedPlan()).doc)
  expect(saved).toContain('En legeplads ved skolen.')
  expect(saved).toContain('"title":"Legeplads"')

  const axe = await new AxeBuilder({ page }).include('.find-bar').analyze()
  expect(axe.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical')).toEqual([])

  await find.getByRole('searchbox', { name: 'Søg efter' }).fill('afsnit')
  for (const size of SIZES) {
    await page.setViewportSize(size)
    for (const b of ['Erstat alle', 'Luk søgning'])
      await expectInside(find.getByRole('button', { name: b }), size.width)
    await expectInside(replaceField, size.width)
    await page.screenshot({ path: `${SHOTS}/b-replace-${size.name}.png` })
  }
})
