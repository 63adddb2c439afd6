import { test, expect } from './fixtures/harness'
import { HomePage } from './fixtures/pages'

const SHOTS = '/tmp/shots-issue11-layout'
/** Zoom emulated by a smaller CSS viewport: 150 % of 1280x720 is 853x480. */
const SIZES = [
  { name: '1280x860', width: 1280, height: 860 },
  { name: '1024x640', width: 1024, height: 640 },
  { name: '1280x720-at-150', width: 853, height: 480 },
]

for (const size of SIZES) {
  test(`a blank initiative waits for a title; the action plan fits with its Status column (${size.name})`, async ({
    app,
  }) => {
    const { page } = app
    await page.setViewportSize({ width: size.width, height: size.height })
    await page.evaluate(() =>
      window.api['plans.create']({
        title: 'Udviklingsplan for Bøvl',
        council: 'Bøvl Lokalråd',
        templateId: 'lokal-udviklingsplan',
        catalogueId: 'lag-vejen',
      }),
    )
    await page.reload()
    await new HomePage(app).openPlan('Udviklingsplan for Bøvl')
    await page.locator('.ProseMirror h1', { hasText: 'Projekter og initiativer' }).click()
    await page.getByRole('tab', { name: 'Initiativer' }).click()
    const panel = page.locator('.focus-panel')
    await expect(panel).toContainText('Afsnit, I knytter til et indsatsområde, tæller med i overblikket')
    await panel.getByRole('button', { name: 'Tilføj initiativ' }).click()
    await expect(page.locator('.initiative-card input.initiative-title:focus')).toBeVisible()

    const actionPlan = page.locator('.derived-block', { hasText: 'Handlingsplan' })
    const matrix = page.locator('.derived-block', { hasText: 'Sammenhæng med kommunens indsatsområder' })
    await expect(actionPlan).toContainText('Handlingsplanen fyldes ud, når planen får initiativer.')
    await expect(matrix).toContainText('Oversigten fyldes ud, når planen får initiativer.')
    await expect(page.locator('.ProseMirror')).not.toContainText('(uden titel)')
    await expect(panel).toContainText('1 tomt initiativ er ikke med i handlingsplanen')

    await page.keyboard.type('Ny legeplads med bålhytte og shelterplads ved forsamlingshuset')
    const card = page.locator('.initiative-card').first()
    await card.getByLabel('Ansvarlig').fill('Mette Holm Kristensen')
    await card.getByLabel('Projektgruppe').fill('Legepladsgruppen og Forældreforeningen')
    await card.getByLabel('Start (måned)').fill('2027-03')
    await card.getByLabel('Slut (måned)').fill('2028-12')
    await card.getByLabel('Budget', { exact: true }).fill('250000')
    await card
      .getByLabel('Finansieringskilder')
      .fill('Landdistriktspuljen, Lokale og Anlægsfonden, Nordea-fonden')
    await card.getByLabel('Status').selectOption({ label: 'Sat på pause' })

    await expect(actionPlan.locator('tbody tr')).toHaveCount(1)
    await expect(matrix.locator('tbody tr')).toHaveCount(1)
    await expect(matrix.locator('tbody th')).toHaveText(
      'Ny legeplads med bålhytte og shelterplads ved forsamlingshuset',
    )
    await expect(panel.locator('.focus-panel-note[role="note"]')).toHaveCount(0)

    await actionPlan.scrollIntoViewIfNeeded()
    await page.screenshot({ path: `${SHOTS}/action-plan-${size.name}.png` })
    // Every column, Status included, inside the block. At 1280 px the table fits; in a narrower
    // block it scrolls inside the block (with a shadow cue) and Status is there at the end.
    const scroller = actionPlan.locator('.derived-scroll')
    const fits = await scroller.evaluate((s) => s.scrollWidth <= s.clientWidth + 1)
    if (size.width >= 1280) expect(fits).toBe(true)
    if (!fits) {
      expect(await scroller.evaluate((s) => getComputedStyle(s).overflowX)).toBe('auto')
      await scroller.evaluate((s) => (s.scrollLeft = s.scrollWidth))
      await page.screenshot({ path: `${SHOTS}/action-plan-${size.name}-scrolled.png` })
    }
    const block = (await actionPlan.boundingBox())!
    const status = (await actionPlan.locator('tbody tr td').last().boundingBox())!
    expect(status.width).toBeGreaterThan(0)
    expect(status.x + status.width).toBeLessThanOrEqual(block.x + block.width + 0.5)
    const pill = (await actionPlan.locator('.status-pill').boundingBox())!
    expect(pill.x + pill.width).toBeLessThanOrEqual(status.x + status.width + 0.5)
  })
}
