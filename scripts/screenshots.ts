// Screenshots of the main screens for a person to look at: `npx tsx scripts/screenshots.ts <dir>`.
// Uses the e2e harness (built renderer, real backend on a temp folder).
import { chromium } from '@playwright/test'
import { AppHarness } from '../tests/e2e/fixtures/harness'
import { chromiumArgs, chromiumPath } from '../tests/e2e/fixtures/browser'
import { createPlanThroughWizard } from '../tests/e2e/fixtures/pages'

const out = process.argv[2] ?? 'screenshots'
const browser = await chromium.launch({ executablePath: chromiumPath(), args: chromiumArgs })
const app = await AppHarness.start(browser)
const page = app.page
const shot = (name: string) => page.screenshot({ path: `${out}/${name}.png` })
try {
  await shot('01-home-empty')
  await page.getByRole('button', { name: 'Ny plan' }).first().click()
  await page.getByLabel('Lokalrådets eller klyngens navn').fill('Bøvl Lokalråd')
  await shot('02-wizard-who')
  await page.getByRole('button', { name: 'Næste' }).click()
  for (const v of ['Bøvl', 'Nørre Bøvl', 'Ådalen']) {
    await page.getByLabel('Landsbyer, planen dækker').fill(v)
    await page.getByLabel('Landsbyer, planen dækker').press('Enter')
  }
  await page.getByLabel('Kommune').fill('Billund Kommune')
  await shot('03-wizard-where')
  await page.getByRole('button', { name: 'Næste' }).click()
  await shot('04-wizard-template')
  await page.getByRole('button', { name: 'Næste' }).click()
  await shot('05-wizard-catalogue')
  await page.getByRole('button', { name: 'Tilbage til mine planer' }).count()
  await page.getByRole('button', { name: 'Opret planen' }).click()
  await page.locator('.ProseMirror').waitFor()
  await page.waitForTimeout(500)
  await shot('06-editor-new-plan')
  await page.locator('.ProseMirror p').first().click()
  await page.keyboard.type(
    'Planen er skrevet af Bøvl Lokalråd efter to borgermøder i forsamlingshuset i 2026. ',
  )
  await page.waitForTimeout(1200)
  await shot('07-editor-typed')
  await page.getByRole('button', { name: 'Tilbage til mine planer' }).click()
  await createPlanThroughWizard(page, { council: 'Ådalen Landsbyråd', municipality: 'Vejen Kommune' })
  await page.getByRole('button', { name: 'Tilbage til mine planer' }).click()
  await page.waitForTimeout(300)
  await shot('08-home-list')
  await page.getByRole('button', { name: 'Slet: Udviklingsplan for Ådalen Landsbyråd' }).click()
  await shot('09-home-delete-confirm')
} finally {
  await app.dispose()
  await browser.close()
}
