import type { Locator, Page } from '@playwright/test'
import { test, expect } from './fixtures/harness'
import { HomePage } from './fixtures/pages'

/**
 * Browser zoom is emulated by a smaller CSS viewport (zoom 150 % on 1280x720 shows 853x480 CSS
 * pixels), which is what the app's layout sees; deviceScaleFactor alone would change nothing.
 */
const SIZES = [
  { name: '1280x860', width: 1280, height: 860 },
  { name: '1366x768', width: 1366, height: 768 },
  { name: '1024x640', width: 1024, height: 640 },
  { name: '1280x720-at-150', width: 853, height: 480 },
  { name: '1366x768-at-200', width: 683, height: 384 },
  { name: '1024x640-at-200', width: 512, height: 320 },
]
const SHOTS = '/tmp/shots-issue11-layout'
const TITLE = 'Udviklingsplan for Bøvl og omegn 2027-2031'

type Box = { x: number; y: number; width: number; height: number }
const overlaps = (a: Box, b: Box) =>
  a.x < b.x + b.width - 0.5 &&
  b.x < a.x + a.width - 0.5 &&
  a.y < b.y + b.height - 0.5 &&
  b.y < a.y + a.height - 0.5

async function box(l: Locator): Promise<Box> {
  const b = await l.boundingBox()
  if (!b) throw new Error(`no box for ${l.toString()}`)
  return b
}

function barParts(page: Page) {
  const bar = page.locator('.editor-bar')
  return {
    bar,
    parts: {
      back: bar.getByRole('button', { name: 'Tilbage til mine planer' }),
      title: bar.getByRole('heading', { level: 1, name: TITLE }),
      save: page.getByTestId('save-status'),
      versions: bar.getByRole('button', { name: 'Versioner' }),
      pdf: bar.getByRole('button', { name: 'Gem som PDF' }),
      word: bar.getByRole('button', { name: 'Gem som Word' }),
    },
  }
}

/** Every part of the bar inside the window, none on top of another, the title showing. */
async function expectBarWhole(page: Page, viewport: { width: number; height: number }) {
  const { parts } = barParts(page)
  const boxes = Object.fromEntries(
    await Promise.all(Object.entries(parts).map(async ([k, l]) => [k, await box(l)] as const)),
  )
  for (const [k, b] of Object.entries(boxes)) {
    expect(b.x, `${k} starts inside the window`).toBeGreaterThanOrEqual(0)
    expect(b.x + b.width, `${k} ends inside the window`).toBeLessThanOrEqual(viewport.width + 0.5)
    expect(b.width, `${k} has width`).toBeGreaterThan(0)
  }
  const keys = Object.keys(boxes)
  for (let i = 0; i < keys.length; i++)
    for (let j = i + 1; j < keys.length; j++)
      expect(overlaps(boxes[keys[i]], boxes[keys[j]]), `${keys[i]} and ${keys[j]} overlap`).toBe(false)
  // The title is the last thing to give way: always several words wide.
  expect(boxes.title.width).toBeGreaterThan(120)
  const who = page.locator('.editor-bar-who')
  if (await who.isVisible()) {
    const w = await box(who)
    const inside = w.y >= boxes.title.y - 1 && w.y + w.height <= boxes.title.y + boxes.title.height + 8
    // Shown beside the title, or wrapped out of sight onto the clipped second line.
    const clipped = await who.evaluate((el) => {
      const r = el.getBoundingClientRect()
      const p = el.parentElement!.getBoundingClientRect()
      return r.top >= p.bottom - 1
    })
    expect(inside || clipped).toBe(true)
    if (!clipped)
      for (const k of keys)
        if (k !== 'title') expect(overlaps(w, boxes[k]), `name runs into ${k}`).toBe(false)
  }
}

test.beforeEach(async ({ app }) => {
  await app.page.evaluate(
    (title) =>
      window.api['plans.create']({
        title,
        council: 'Bøvl og Omegns Lokalråd',
        municipality: 'Billund Kommune',
        templateId: 'lokal-udviklingsplan',
        catalogueId: 'lag-vejen',
      }),
    TITLE,
  )
  await app.page.reload()
})

for (const size of SIZES) {
  test(`the editor bar stays whole and in place at ${size.name}, also after Tilføj initiativ`, async ({
    app,
  }) => {
    const { page } = app
    await page.setViewportSize({ width: size.width, height: size.height })
    await new HomePage(app).openPlan(TITLE)
    await expect(page.locator('.ProseMirror')).toBeVisible()
    await expect(page.getByTestId('save-status')).toHaveText('Gemt')
    await expectBarWhole(page, size)
    const barTop = (await box(barParts(page).bar)).y

    await page.locator('.ProseMirror h1', { hasText: 'Vision' }).click()
    await page.getByRole('tab', { name: 'Initiativer' }).click()
    await page.getByRole('button', { name: 'Tilføj initiativ' }).click()
    await expect(page.locator('.initiative-card input.initiative-title:focus')).toBeVisible()
    await page.waitForTimeout(300) // focusing the new card's title scrolls on the next frame
    await page.screenshot({ path: `${SHOTS}/editor-bar-${size.name}.png` })

    // Only the page area scrolls: the shell and the document stay put, and so does the bar.
    const scrolled = await page.evaluate(() => ({
      shell: document.querySelector('.shell-content')!.scrollTop,
      doc: document.scrollingElement!.scrollTop,
      screen: document.querySelector('.editor-screen')!.scrollTop,
    }))
    expect(scrolled).toEqual({ shell: 0, doc: 0, screen: 0 })
    expect((await box(barParts(page).bar)).y).toBe(barTop)
    await expectBarWhole(page, size)
  })
}
