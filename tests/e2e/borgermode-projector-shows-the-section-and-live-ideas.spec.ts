import type { Page } from '@playwright/test'
import { test, expect } from './fixtures/harness'
import { heading, openMeetingPlan, para } from './fixtures/meetingPlan'
import { seriousAxeViolations, shoot } from './fixtures/screens'

const prompt = (text: string) => ({ type: 'paragraph', attrs: { prompt: text } })

const bodySize = (p: Page) =>
  p
    .locator('.projector-body p')
    .first()
    .evaluate((el) => parseFloat(getComputedStyle(el).fontSize))

test('the projector shows the plan section by section with the live ideas, moved from either screen', async ({
  app,
}) => {
  test.setTimeout(180_000)
  const { page } = app
  const plan = await openMeetingPlan(app, 'Mødeplanen', [
    heading('Natur'),
    prompt('Hvad skal vi passe på i naturen omkring byen?'),
    para('Skoven og åen er byens stolthed, og stierne bruges hver dag.'),
    heading('Trafik'),
    para('Vejen gennem byen er for hurtig.'),
    heading('Fællesskab'),
    para('Forsamlingshuset samler byen.'),
  ])
  const panel = page.locator('.meeting-panel')
  await panel.getByLabel('Netværk').selectOption('127.0.0.1')
  await panel.getByRole('button', { name: 'Start borgermøde' }).click()
  const address = await panel.getByTestId('meeting-address').textContent()
  const url = `http://${address}`

  // "Samme skærm": the shell is asked for a projector window on the laptop's own display.
  await panel.getByLabel(/Samme skærm/).check()
  await panel.getByRole('button', { name: 'Vis på projektor' }).click()
  expect(app.host.projectorCalls).toEqual([{ planId: plan.id, sameScreen: true }])
  const strip = panel.getByRole('group', { name: 'Projektor' })
  await expect(strip.getByTestId('presenter-current')).toHaveText('1/3 · Natur')
  await expect(strip).toContainText('Næste: Trafik')
  await expect(strip).toContainText('Hvad skal vi passe på i naturen')
  await expect(strip.getByRole('timer')).toHaveText(/^00:0\d$/)

  // The projector window, as the shell opens it: the app page on its projector route.
  const projector = await app.openSecondPage(`#projector/${plan.id}`, { width: 1280, height: 720 })
  await expect(projector.getByRole('heading', { level: 1 })).toHaveText('Natur')
  await expect(projector.getByText('Skoven og åen er byens stolthed')).toBeVisible()
  // The prompt is guidance for the facilitator, not shown to the room.
  await expect(projector.getByText('Hvad skal vi passe på')).toHaveCount(0)
  expect(await bodySize(projector)).toBeGreaterThanOrEqual(28)
  await expect(projector.locator('button, input, textarea, [contenteditable]')).toHaveCount(0)
  await expect(projector.getByText(address!)).toBeVisible()

  // A phone's idea reaches the projector by the long poll, as text: its markup is characters.
  const hostile = '<img src=x onerror="document.title=1"> Legeplads ved skolen'
  const sent = await fetch(`${url}/ideas`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ device: 'phone0001projectorxxxx', text: hostile, section: 'Natur' }),
  })
  expect(sent.status).toBe(200)
  await expect(projector.locator('.projector-idea-text', { hasText: hostile })).toBeVisible({ timeout: 3000 })
  await expect(projector.locator('.projector-ideas img')).toHaveCount(0)

  // The facilitator moves the projector with the keys, in the projector window ...
  await projector.keyboard.press('PageDown')
  await expect(projector.getByRole('heading', { level: 1 })).toHaveText('Trafik')
  await expect(strip.getByTestId('presenter-current')).toHaveText('2/3 · Trafik')
  await projector.keyboard.press('ArrowRight')
  await expect(projector.getByRole('heading', { level: 1 })).toHaveText('Fællesskab')
  await projector.keyboard.press('ArrowRight')
  await expect(strip.getByTestId('presenter-current')).toHaveText('3/3 · Fællesskab')
  await expect(strip).toContainText('Sidste afsnit')
  // ... and on the laptop, with the focus in the presenter strip.
  await strip.getByRole('button', { name: 'Forrige afsnit' }).focus()
  await page.keyboard.press('PageUp')
  await expect(projector.getByRole('heading', { level: 1 })).toHaveText('Trafik')
  await page.keyboard.press('Home')
  await expect(projector.getByRole('heading', { level: 1 })).toHaveText('Natur')

  expect(await seriousAxeViolations(projector)).toEqual([])
  await shoot(projector, 'projector-1280x720')
  await projector.setViewportSize({ width: 1920, height: 1080 })
  expect(await bodySize(projector)).toBeGreaterThanOrEqual(28)
  await shoot(projector, 'projector-1920x1080')

  // The phone page at the projector's sizes too.
  const phone = await app.openSecondPage('', { width: 1280, height: 720 })
  await phone.goto(url)
  await expect(phone.getByText(hostile)).toBeVisible({ timeout: 10_000 })
  expect(await seriousAxeViolations(phone)).toEqual([])
  await shoot(phone, 'phone-1280x720')
  await phone.setViewportSize({ width: 1920, height: 1080 })
  await shoot(phone, 'phone-1920x1080')

  // The presenter strip on the laptop, at 1280x860 and at 200 % zoom (640x430 CSS px).
  expect(await seriousAxeViolations(page, '.presenter')).toEqual([])
  await shoot(page, 'presenter-1280x860')
  await page.setViewportSize({ width: 640, height: 430 })
  await shoot(page, 'presenter-200pct-1280x860')
  await page.setViewportSize({ width: 1280, height: 860 })

  await strip.getByRole('button', { name: 'Luk projektor' }).click()
  await expect(panel.getByRole('button', { name: 'Vis på projektor' })).toBeVisible()
  await projector.context().close()
  await phone.context().close()
})
