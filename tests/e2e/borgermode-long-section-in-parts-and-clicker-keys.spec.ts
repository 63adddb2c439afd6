import type { Page } from '@playwright/test'
import { test, expect } from './fixtures/harness'
import { heading, openMeetingPlan, para } from './fixtures/meetingPlan'
import { expectInWindow, expectInside, shoot } from './fixtures/screens'

const lines = Array.from(
  { length: 40 },
  (_, i) => `Linje ${i + 1}: stien langs åen skal have bænke, lys og en bro ved møllen.`,
)

/** The numbers of the section's paragraphs the room can read in full right now. */
const readable = (p: Page) =>
  p.getByTestId('projector-body').evaluate((body) => {
    const box = body.getBoundingClientRect()
    return [...body.querySelectorAll('p')]
      .filter((el) =>
        [...el.getClientRects()].every(
          (r) => r.left >= box.left - 1 && r.right <= box.right + 1 && r.bottom <= box.bottom + 1,
        ),
      )
      .map((el) => Number(/^Linje (\d+)/.exec(el.textContent ?? '')?.[1] ?? 0))
  })

test('a long section is shown a screen at a time, and the clicker keys move it from the laptop except in the editor', async ({
  app,
}) => {
  test.setTimeout(180_000)
  const { page } = app
  const plan = await openMeetingPlan(app, 'Langplanen', [
    heading('Stier'),
    ...lines.map(para),
    heading('Trafik'),
    para('Vejen er for hurtig.'),
  ])
  const panel = page.locator('.meeting-panel')
  await panel.getByLabel('Netværk').selectOption('127.0.0.1')
  await panel.getByRole('button', { name: 'Start borgermøde' }).click()
  await panel.getByLabel(/Samme skærm/).check()
  await panel.getByRole('button', { name: 'Vis på projektor' }).click()
  const strip = panel.getByRole('group', { name: 'Projektor' })

  const projector = await app.openSecondPage(`#projector/${plan.id}`, { width: 1280, height: 720 })
  const title = projector.getByRole('heading', { level: 1 })
  const count = projector.locator('.projector-count')
  await expect(title).toHaveText('Stier')
  await expect(count).toHaveText(/^Afsnit 1 af 2 · del 1 af \d+$/)
  const parts = Number(/af (\d+)$/.exec((await count.textContent())!)![1])
  expect(parts).toBeGreaterThanOrEqual(3)
  // The laptop hears how many parts the projector measured.
  await expect(strip.getByTestId('presenter-part')).toHaveText(`del 1 af ${parts}`)
  const first = await readable(projector)
  expect(first[0]).toBe(1)
  expect(first).not.toContain(40)
  const size = await projector
    .locator('.projector-body p')
    .first()
    .evaluate((el) => parseFloat(getComputedStyle(el).fontSize))
  expect(size).toBeGreaterThanOrEqual(28)
  await shoot(projector, 'projector-long-part1-1280x720')

  // PageDown in the projector window shows the section's later text before moving on.
  await projector.keyboard.press('PageDown')
  await expect(count).toHaveText(`Afsnit 1 af 2 · del 2 af ${parts}`)
  await expect(title).toHaveText('Stier')
  await expect(strip.getByTestId('presenter-part')).toHaveText(`del 2 af ${parts}`)
  await expect
    .poll(() => projector.getByTestId('projector-body').evaluate((b) => b.scrollLeft))
    .toBeGreaterThan(0)
  const second = await readable(projector)
  expect(second.length).toBeGreaterThan(0)
  expect(Math.min(...second)).toBeGreaterThan(Math.max(...first))
  await shoot(projector, 'projector-long-part2-1280x720')

  // On the laptop with the focus on the page's body (a clicker's PageDown), not in the editor.
  await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur())
  for (let n = 3; n <= parts; n++) {
    await page.keyboard.press('PageDown')
    await expect(strip.getByTestId('presenter-part')).toHaveText(`del ${n} af ${parts}`)
  }
  await expect.poll(() => readable(projector)).toContain(40)
  await page.keyboard.press('PageDown')
  await expect(title).toHaveText('Trafik')
  await expect(strip.getByTestId('presenter-current')).toHaveText('2/2 · Trafik')
  // PageUp, with the focus on the strip's button: back to the long section's last part.
  await strip.getByRole('button', { name: 'Forrige afsnit' }).focus()
  await page.keyboard.press('PageUp')
  await expect(title).toHaveText('Stier')
  await expect(count).toHaveText(`Afsnit 1 af 2 · del ${parts} af ${parts}`)
  await expect(strip.getByTestId('presenter-part')).toHaveText(`del ${parts} af ${parts}`)
  expect(await readable(projector)).toContain(40)
  await page.keyboard.press('Home')
  await expect(count).toHaveText(`Afsnit 1 af 2 · del 1 af ${parts}`)

  // In the editor the keys keep their editing meaning: the projector stays where it is.
  await page.locator('.ProseMirror').getByText('Linje 3:', { exact: false }).click()
  await page.keyboard.press('PageDown')
  await page.keyboard.press('ArrowDown')
  await page.keyboard.press('PageUp')
  await page.keyboard.press('End')
  // A move would answer within a long poll's turn; the backend's view says nothing moved.
  await page.waitForTimeout(800)
  const still = await app.handlers['meeting.get']({ planId: plan.id })
  expect(still.presenting).toMatchObject({ section: 0, part: 0 })
  await expect(count).toHaveText(`Afsnit 1 af 2 · del 1 af ${parts}`)
  await expect(page.locator('.ProseMirror')).toBeFocused()
  await expect(strip).toContainText('Mens du skriver i planen eller et felt, redigerer tasterne')

  // The strip is whole inside the side panel at each window size and at 200 % zoom.
  for (const [w, h, name] of [
    [1280, 860, 'presenter-long-1280x860'],
    [1024, 640, 'presenter-long-1024x640'],
    [640, 430, 'presenter-long-200pct-1280x860'],
  ] as const) {
    await page.setViewportSize({ width: w, height: h })
    await strip.scrollIntoViewIfNeeded()
    await expectInWindow(page, strip)
    const side = page.locator('.side-body')
    const [s, b] = [(await strip.boundingBox())!, (await side.boundingBox())!]
    expect(s.x + s.width, `${name}: strip's right edge inside the panel`).toBeLessThanOrEqual(
      b.x + b.width + 0.5,
    )
    expect(
      await side.evaluate((el) => el.scrollWidth <= el.clientWidth),
      `${name}: no sideways overflow`,
    ).toBe(true)
    await expectInside(strip.getByRole('button', { name: 'Luk projektor' }), strip)
    await shoot(page, name)
  }
  await page.setViewportSize({ width: 1280, height: 860 })
  await projector.context().close()
})
