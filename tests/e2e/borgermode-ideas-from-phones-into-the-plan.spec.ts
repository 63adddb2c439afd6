import type { Page } from '@playwright/test'
import { test, expect } from './fixtures/harness'
import { heading, openMeetingPlan, para } from './fixtures/meetingPlan'
import { seriousAxeViolations, shoot } from './fixtures/screens'

type SavedNode = { type: string; attrs?: Record<string, unknown>; content?: { text?: string }[] }

/** Phones in the hall: a small touch screen each, their own browser storage (one voter each). */
async function openPhone(app: { browser: import('@playwright/test').Browser }, url: string): Promise<Page> {
  const context = await app.browser.newContext({
    viewport: { width: 390, height: 844 },
    isMobile: true,
    hasTouch: true,
    locale: 'da-DK',
  })
  const page = await context.newPage()
  await page.goto(url)
  return page
}

test('ideas from two phones arrive live, votes are capped, and chosen ideas go into the plan', async ({
  app,
}) => {
  test.setTimeout(180_000)
  const { page } = app
  const plan = await openMeetingPlan(app, 'Mødeplanen', [
    heading('Natur'),
    para('Om naturen.'),
    heading('Trafik'),
    para('Om trafikken.'),
  ])
  const panel = page.locator('.meeting-panel')
  await expect(panel.getByText('samme Wi-Fi')).toBeVisible()
  await expect(panel.getByText('Windows kan spørge')).toBeVisible()
  // The tests' servers listen on 127.0.0.1 only.
  await panel.getByLabel('Netværk').selectOption('127.0.0.1')
  await panel.getByRole('button', { name: 'Start borgermøde' }).click()
  const address = await panel.getByTestId('meeting-address').textContent()
  expect(address).toMatch(/^127\.0\.0\.1:\d+\/[A-Z0-9]{6}$/)
  await expect(panel.getByRole('img', { name: /QR-kode/ })).toBeVisible()
  const url = `http://${address}`

  const anna = await openPhone(app, url)
  const bo = await openPhone(app, url)
  await expect(anna.getByRole('heading', { name: 'Borgermøde' })).toBeVisible()
  await expect(anna.getByText('én browser er én stemme')).toBeVisible()

  await anna.getByLabel('Skriv din idé').fill('Bænke ved søen')
  await anna.getByLabel(/Hvilket afsnit/).selectOption('Natur')
  await anna.getByRole('button', { name: 'Send idéen' }).tap()
  await expect(anna.getByText('Tak! Din idé er sendt.')).toBeVisible()
  await bo.getByLabel('Skriv din idé').fill('<b>Cykelsti</b> til skolen')
  await bo.getByRole('button', { name: 'Send idéen' }).tap()
  await bo.getByLabel('Skriv din idé').fill('Køb min bil')
  await bo.getByRole('button', { name: 'Send idéen' }).tap()

  // Live on the facilitator's list and on the other phone; markup stays text.
  const ideas = panel.locator('.meeting-idea')
  // An idea by its own text (its text also stands in the other ideas' merge lists).
  const idea = (text: string) => ideas.filter({ has: page.locator('.meeting-idea-text', { hasText: text }) })
  await expect(ideas).toHaveCount(3, { timeout: 15_000 })
  await expect(panel.locator('.meeting-idea-text', { hasText: '<b>Cykelsti</b> til skolen' })).toBeVisible()
  await expect(panel.locator('.meeting-idea b')).toHaveCount(0)
  await expect(anna.getByText('<b>Cykelsti</b> til skolen')).toBeVisible({ timeout: 15_000 })
  expect(await anna.locator('.ideas b').count()).toBe(0)

  // Hide the advert: gone from the phones.
  await panel.getByRole('button', { name: 'Skjul: Køb min bil' }).click()
  await expect(anna.getByText('Køb min bil')).toHaveCount(0, { timeout: 15_000 })

  // The facilitator types an idea for the room and merges it with Anna's.
  await panel.getByLabel('Skriv en idé for salen').fill('Bænke ved åen')
  await panel.getByRole('button', { name: 'Tilføj idé' }).click()
  const typed = idea('Bænke ved åen')
  await typed.getByLabel('Slå sammen med').selectOption({ label: 'Bænke ved søen' })
  await expect(panel.locator('.meeting-merged')).toContainText('Bænke ved åen')
  await expect(ideas).toHaveCount(3)

  // Dots: 3 per phone, at most 2 on one idea (the defaults).
  const add = (p: Page, idea: string) => p.getByRole('button', { name: `Sæt en prik på: ${idea}` })
  await add(anna, 'Bænke ved søen').tap()
  await expect(anna.getByText('Du har 2 af 3 prikker tilbage.')).toBeVisible()
  await add(anna, 'Bænke ved søen').tap()
  await expect(anna.getByText('Du har 1 af 3 prikker tilbage.')).toBeVisible()
  await expect(add(anna, 'Bænke ved søen')).toBeDisabled()
  await add(bo, 'Bænke ved søen').tap()
  await expect(idea('Bænke ved søen')).toContainText('3 prikker', { timeout: 15_000 })

  expect(await seriousAxeViolations(anna)).toEqual([])
  await shoot(anna, 'meeting-phone-390x844')
  await anna.setViewportSize({ width: 1280, height: 720 })
  await shoot(anna, 'meeting-phone-1280x720')
  await page.setViewportSize({ width: 1280, height: 720 })
  await shoot(page, 'meeting-panel-1280x720')

  // Close voting: the phones say so and their buttons go.
  await panel.getByRole('button', { name: 'Luk afstemningen' }).click()
  await expect(bo.getByText('Afstemningen er lukket.')).toBeVisible({ timeout: 15_000 })
  await expect(add(bo, 'Bænke ved søen')).toBeDisabled()

  // Into the plan: Anna's idea as a paragraph under "Natur".
  await idea('Bænke ved søen').getByLabel('Vælg til planen').check()
  await panel.getByLabel('Under', { exact: true }).selectOption({ label: 'Natur' })
  await panel.getByRole('button', { name: 'Indsæt i planen (1)' }).click()
  await expect(panel.getByText('1 idéer er sat ind i planen')).toBeVisible()
  // The editor keeps an empty paragraph after a card that ends the plan (somewhere to type).
  const bodyTexts = async () =>
    (((await app.savedPlan(plan.id)).doc.content ?? []) as SavedNode[])
      .map((n) =>
        n.type === 'initiative' ? `initiative:${String(n.attrs?.title)}` : (n.content?.[0]?.text ?? ''),
      )
      .filter(Boolean)
  await expect
    .poll(bodyTexts, { timeout: 15_000 })
    .toEqual(['Natur', 'Om naturen.', 'Bænke ved søen', 'Trafik', 'Om trafikken.'])

  // Bo's idea as an initiative under "Trafik", with the meeting as its source; one undo takes it out.
  await idea('Cykelsti').getByLabel('Vælg til planen').check()
  await panel.getByLabel('Nye initiativer').check()
  await panel.getByLabel('Under', { exact: true }).selectOption({ label: 'Trafik' })
  await panel.getByRole('button', { name: 'Indsæt i planen (1)' }).click()
  const card = page.locator('.initiative-card')
  await expect(card).toHaveCount(1)
  await expect(card).toContainText(/Kilde: borgermøde \d+\. \w+ \d{4}/)
  await expect
    .poll(bodyTexts, { timeout: 15_000 })
    .toEqual([
      'Natur',
      'Om naturen.',
      'Bænke ved søen',
      'Trafik',
      'Om trafikken.',
      'initiative:<b>Cykelsti</b> til skolen',
    ])
  await page.locator('.ProseMirror').focus()
  await page.keyboard.press('Control+z')
  await expect(card).toHaveCount(0)
  await expect(page.locator('.ProseMirror')).toContainText('Bænke ved søen')

  await panel.getByRole('button', { name: 'Afslut borgermøde' }).click()
  await expect(panel.getByText('Mødet er afsluttet')).toBeVisible()
  await anna.context().close()
  await bo.context().close()
})
