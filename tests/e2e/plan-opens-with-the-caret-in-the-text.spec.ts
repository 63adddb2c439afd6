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
  await page.screenshot({ path: `${SHOTS}/a-caret-on-open-1280.png` })
})
