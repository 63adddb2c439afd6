import { test, expect } from './fixtures/harness'
import { HomePage, editorBody } from './fixtures/pages'

const SHOTS = '/tmp/shots-issue11-basics'

type Node = { type: string; text?: string; content?: Node[] }
const textOf = (n: Node): string => n.text ?? (n.content ?? []).map(textOf).join('')
const firstTextBlock = (n: Node): Node | undefined =>
  n.type === 'paragraph' || n.type === 'heading' ? n : (n.content ?? []).map(firstTextBlock).find(Boolean)

test('a plan opens with the caret in its text: typing at once writes into the plan', async ({ app }) => {
  const { page } = app
  await page.evaluate(() => window.api['plans.create']({ title: 'Skriv straks', council: 'Bøvl Lokalråd' }))
  await page.reload()
  await new HomePage(app).openPlan('Skriv straks')
  await expect(editorBody(page)).toBeVisible()
  await expect(editorBody(page)).toBeFocused()

  await page.keyboard.type('Bøvl skriver')
  await expect(page.getByTestId('save-status')).toHaveText('Gemt')
  const doc = (await app.savedPlan()).doc as Node
  expect(textOf(firstTextBlock(doc)!)).toMatch(/^Bøvl skriver/)
  // 200 % zoom of 1366x768 is emulated by the CSS viewport it leaves (683x384).
  for (const size of [
    { name: '1280x860', width: 1280, height: 860 },
    { name: '1024x640', width: 1024, height: 640 },
    { name: 'zoom200', width: 683, height: 384 },
  ]) {
    await page.setViewportSize(size)
    await expect(editorBody(page)).toBeFocused()
    await page.screenshot({ path: `${SHOTS}/a-caret-on-open-${size.name}.png` })
  }
})
