import AxeBuilder from '@axe-core/playwright'
import { mkdirSync } from 'node:fs'
import type { Locator, Page } from '@playwright/test'
import { test, expect } from './fixtures/harness'
import { EditorPage, nodes } from './editor/editorPage'
import { makePng } from '../unit/export/fixtures/png'

const SHOTS = '/tmp/shots-issue11-pictures'
/** Zoom emulated by a smaller CSS viewport: 200 % of 1366x768 is 683x384. */
const SIZES = [
  { name: '1280x860', width: 1280, height: 860 },
  { name: 'zoom200-683x384', width: 683, height: 384 },
]

async function seriousViolations(page: Page) {
  const r = await new AxeBuilder({ page }).analyze()
  return r.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)
}

async function box(l: Locator) {
  const b = await l.boundingBox()
  if (!b) throw new Error('not laid out')
  return b
}

async function pickPicture(ed: EditorPage) {
  const chooser = ed.page.waitForEvent('filechooser')
  await ed.tool('Indsæt billede').click()
  await (
    await chooser
  ).setFiles({ name: 'gadekaer.png', mimeType: 'image/png', buffer: Buffer.from(makePng(900, 500)) })
  return ed.page.getByRole('dialog', { name: 'Indsæt billede' })
}

test('a picture goes in small, on the right, with its caption under it, chosen by keyboard', async ({
  app,
}) => {
  const ed = await EditorPage.withNewPlan(app)
  const page = app.page
  await ed.page.keyboard.type('Gadekæret er byens samlingspunkt.')
  await ed.page.keyboard.press('Enter')
  const dialog = await pickPicture(ed)
  await dialog.getByLabel('Beskriv billedet for dem, der ikke kan se det').fill('Gadekæret set fra kirken')
  await dialog.getByLabel('Billedtekst').fill('Gadekæret en sommeraften')
  const size = dialog.getByRole('group', { name: 'Størrelse' })
  const align = dialog.getByRole('group', { name: 'Placering' })
  await expect(size.getByRole('radio', { name: 'Hele bredden' })).toBeChecked()
  await expect(align.getByRole('radio', { name: 'Midt' })).toBeChecked()
  // Keyboard: Tab from the caption reaches the size group; arrow keys move the choice.
  await dialog.getByLabel('Billedtekst').focus()
  await page.keyboard.press('Tab')
  await expect(size.getByRole('radio', { name: 'Hele bredden' })).toBeFocused()
  await page.keyboard.press('ArrowLeft')
  await page.keyboard.press('ArrowLeft')
  await expect(size.getByRole('radio', { name: 'Lille' })).toBeChecked()
  await page.keyboard.press('Tab')
  await expect(align.getByRole('radio', { name: 'Midt' })).toBeFocused()
  await page.keyboard.press('ArrowRight')
  await expect(align.getByRole('radio', { name: 'Højre' })).toBeChecked()

  mkdirSync(SHOTS, { recursive: true })
  for (const s of SIZES) {
    await page.setViewportSize({ width: s.width, height: s.height })
    expect(await seriousViolations(page)).toEqual([])
    await page.screenshot({ path: `${SHOTS}/image-dialog-${s.name}.png` })
    // Each radio sits next to its own label, and the two groups do not overlap.
    const [sb, ab] = [await box(size), await box(align)]
    const apart = sb.x + sb.width <= ab.x + 1 || sb.y + sb.height <= ab.y + 1
    expect(apart, `${s.name}: size and alignment groups overlap`).toBe(true)
    const gaps = await dialog.locator('label:has(input[type=radio])').evaluateAll((labels) =>
      labels.map((l) => {
        const radio = l.querySelector('input')!.getBoundingClientRect()
        // A radio stretched wide draws its circle in the middle, far from the text.
        if (radio.width > 24) return 999
        const range = document.createRange()
        range.selectNodeContents(l)
        range.setStartAfter(l.querySelector('input')!)
        return Math.round(range.getBoundingClientRect().left - radio.right)
      }),
    )
    expect(gaps).toHaveLength(6)
    for (const g of gaps) expect(g, `${s.name}: a radio stands ${g}px from its label`).toBeLessThanOrEqual(12)
    for (const g of gaps) expect(g).toBeGreaterThanOrEqual(0)
    // On a short window the dialog scrolls: the choices and the button can still be reached.
    const insert = dialog.getByRole('button', { name: 'Indsæt billede' })
    await insert.scrollIntoViewIfNeeded()
    await expect(insert).toBeInViewport()
    await expect(align).toBeInViewport()
    await page.screenshot({ path: `${SHOTS}/image-dialog-${s.name}-scrolled.png` })
  }
  await page.setViewportSize({ width: 1280, height: 860 })
  await dialog.getByRole('button', { name: 'Indsæt billede' }).click()
  await expect(dialog).toBeHidden()

  const img = ed.text.getByRole('img', { name: 'Gadekæret set fra kirken' })
  await expect(img).toBeVisible()
  const caption = ed.text.locator('figcaption', { hasText: 'Gadekæret en sommeraften' })
  await expect(caption).toBeVisible()
  const [ib, cb, tb] = [await box(img), await box(caption), await box(ed.text)]
  expect(cb.y, 'the caption is under the picture').toBeGreaterThanOrEqual(ib.y + ib.height - 1)
  expect(ib.width, 'small is about a third of the text width').toBeLessThan(tb.width * 0.4)
  expect(ib.width).toBeGreaterThan(tb.width * 0.2)
  expect(tb.x + tb.width - (ib.x + ib.width), 'right aligned').toBeLessThan(tb.width * 0.15)
  await page.screenshot({ path: `${SHOTS}/editor-small-right-1280x860.png` })

  const [image] = nodes(await ed.saved(), 'image')
  expect(image.attrs).toMatchObject({
    alt: 'Gadekæret set fra kirken',
    size: 'small',
    align: 'right',
    caption: 'Gadekæret en sommeraften',
    width: 900,
    height: 500,
  })

  // Opened again from the selection menu, the dialog shows the choices; a change is saved.
  await img.click()
  await page.getByRole('button', { name: 'Redigér billede' }).click()
  const edit = page.getByRole('dialog', { name: 'Billede' })
  await expect(edit.getByRole('radio', { name: 'Lille' })).toBeChecked()
  await expect(edit.getByRole('radio', { name: 'Højre' })).toBeChecked()
  await expect(edit.getByLabel('Billedtekst')).toHaveValue('Gadekæret en sommeraften')
  await edit.getByRole('radio', { name: 'Mellem' }).check()
  await edit.getByLabel('Billedtekst').fill('Gadekæret i juni')
  await edit.getByRole('button', { name: 'Gem' }).click()
  await expect(ed.text.locator('figcaption')).toHaveText('Gadekæret i juni')
  await expect
    .poll(async () => nodes(await ed.saved(), 'image')[0].attrs)
    .toMatchObject({ size: 'medium', align: 'right', caption: 'Gadekæret i juni' })
})
