import type { Page } from '@playwright/test'
import AxeBuilder from '@axe-core/playwright'
import { test, expect } from './fixtures/harness'
import { createPlanThroughWizard, editorBody, saveStatus } from './fixtures/pages'

const SHOTS = process.env.FOCUS_SHOTS_DIR

const panel = (page: Page) => page.locator('.focus-panel')
const area = (page: Page, title: string) => panel(page).locator('.focus-area', { hasText: title })

async function addInitiative(page: Page, title: string, description: string) {
  await panel(page).getByRole('button', { name: 'Tilføj initiativ' }).click()
  const newest = page.locator('.initiative-card input.initiative-title:focus')
  await expect(newest).toBeVisible()
  await page.keyboard.type(title)
  const c = page.locator('.initiative-card', {
    has: page.locator(`input.initiative-title[value="${title}"]`),
  })
  await c.locator('.initiative-description p').click()
  await page.keyboard.type(description)
  return c
}

test('a shipped catalogue, three initiatives linked to it, and the panel and both blocks follow', async ({
  app,
}) => {
  const { page } = app
  await createPlanThroughWizard(page, {
    council: 'Bække Lokalråd',
    title: 'Udviklingsplan for Bække',
    catalogue: 'LAG Vejen',
  })
  await editorBody(page).click()
  await page.keyboard.type('Projekter og initiativer')
  await page.getByRole('tab', { name: 'Initiativer' }).click()
  await expect(panel(page)).toContainText('LAG Vejen')
  await expect(panel(page).locator('.focus-area[data-gap]')).toHaveCount(4)

  const legeplads = await addInitiative(
    page,
    'Ny legeplads',
    'En legeplads ved forsamlingshuset med bålhytte.',
  )
  await legeplads.getByLabel('Ansvarlig').fill('Mette Holm')
  await legeplads.getByLabel('Projektgruppe').fill('Legepladsgruppen')
  await legeplads.getByLabel('Start (måned)').fill('2027-03')
  await legeplads.getByLabel('Slut (måned)').fill('2027-12')
  await legeplads.getByLabel('Budget', { exact: true }).fill('250.000')
  await legeplads.getByLabel('Egenfinansiering').fill('62500')
  await legeplads.getByLabel('Finansieringskilder').fill('Landdistriktspuljen, Lokale og Anlægsfonden')
  await legeplads.getByLabel('Status').selectOption({ label: 'Planlagt' })
  await legeplads.getByLabel('Tilføj indsatsområde …').selectOption({ label: '1. Bosætning og nærmiljø' })
  await legeplads.getByLabel('Tilføj indsatsområde …').selectOption({ label: '4. Sundhed' })

  const sti = await addInitiative(page, 'Cykelsti til Vorbasse', 'Sikker skolevej og tur-rute.')
  await sti.getByLabel('Ansvarlig').fill('Jens Kristensen')
  await sti.getByLabel('Budget', { exact: true }).fill('40000')
  await sti.getByLabel('Tilføj indsatsområde …').selectOption({ label: '2. Erhverv og turisme' })

  const spisning = await addInitiative(page, 'Fællesspisning', 'Hver første fredag i forsamlingshuset.')
  await spisning.getByLabel('Status').selectOption({ label: 'I gang' })

  // The panel: sums per focus area, the unlinked initiative flagged, untouched areas as gaps.
  await expect(area(page, 'Bosætning og nærmiljø')).toContainText('1 initiativ · 250.000 kr.')
  await expect(area(page, 'Sundhed')).toContainText('250.000 kr.')
  await expect(area(page, 'Erhverv og turisme')).toContainText('1 initiativ · 40.000 kr.')
  await expect(area(page, 'Natur- og kulturoplevelser')).toContainText('Intet i planen endnu')
  await expect(panel(page)).toContainText('1 initiativ er ikke knyttet til et indsatsområde')
  await expect(panel(page)).toContainText('3 initiativer, budget i alt 290.000 kr.')

  // Both derived blocks, placed at the end of the plan.
  await spisning.locator('.initiative-description p').click()
  await panel(page).getByRole('button', { name: 'Indsæt handlingsplan' }).click()
  await panel(page).getByRole('button', { name: 'Indsæt oversigt over indsatsområder' }).click()
  const plan = page.locator('.derived-block', { hasText: 'Handlingsplan' })
  const matrix = page.locator('.derived-block', { hasText: 'Sammenhæng med kommunens indsatsområder' })
  await expect(plan.locator('tbody tr')).toHaveCount(3)
  await expect(plan.locator('tbody tr').first()).toContainText(
    /Ny legeplads\s*Mette Holm \(Legepladsgruppen\)\s*mar\.\s2027\s–\sdec\.\s2027\s*250\.000 kr\.\s*Landdistriktspuljen, Lokale og Anlægsfonden\s*Planlagt/,
  )
  await expect(plan.locator('tfoot')).toContainText('290.000 kr.')
  await expect(matrix.locator('thead th')).toHaveCount(5)
  const cells = (row: number) => matrix.locator('tbody tr').nth(row).locator('td')
  await expect(cells(0).locator('[aria-label="Ja"]')).toHaveCount(2)
  await expect(cells(2).locator('[aria-label="Ja"]')).toHaveCount(0)

  // Linking the last one updates the panel and the matrix at once.
  await spisning.getByLabel('Tilføj indsatsområde …').selectOption({ label: '3. Natur- og kulturoplevelser' })
  await expect(panel(page)).not.toContainText('ikke knyttet til et indsatsområde')
  await expect(panel(page).locator('.focus-area[data-gap]')).toHaveCount(0)
  await expect(cells(2).nth(2).locator('[aria-label="Ja"]')).toHaveCount(1)

  // Choosing a focus area highlights its parts of the plan.
  await area(page, 'Erhverv og turisme')
    .getByRole('button', { name: /Vis i planen/ })
    .click()
  await expect(sti).toHaveAttribute('data-highlight', 'true')
  await expect(legeplads).not.toHaveAttribute('data-highlight')
  // Clicking an initiative in the panel jumps to it.
  await area(page, 'Bosætning og nærmiljø').getByRole('button', { name: 'Ny legeplads' }).click()
  await expect(legeplads).toBeInViewport()

  // Cards, blocks and panel pass an automated accessibility check (labels, contrast, roles).
  const axe = await new AxeBuilder({ page })
    .include('.initiative-card')
    .include('.derived-block')
    .include('.focus-panel')
    .analyze()
  expect(axe.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual(
    [],
  )

  await expect(saveStatus(page)).toHaveText('Gemt')
  const saved = await app.savedPlan()
  const initiatives = (saved.doc.content as { type: string; attrs: Record<string, unknown> }[]).filter(
    (n) => n.type === 'initiative',
  )
  expect(initiatives.map((n) => [n.attrs.title, n.attrs.budget, n.attrs.focusAreas])).toEqual([
    ['Ny legeplads', 250000, ['bosaetning-naermiljoe', 'sundhed']],
    ['Cykelsti til Vorbasse', 40000, ['erhverv-turisme']],
    ['Fællesspisning', null, ['natur-kultur']],
  ])
  expect(initiatives[0].attrs.fundingSources).toEqual(['Landdistriktspuljen', 'Lokale og Anlægsfonden'])
  expect(saved.meta.catalogue?.id).toBe('lag-vejen')

  if (SHOTS) {
    await area(page, 'Erhverv og turisme')
      .getByRole('button', { name: /Skjul markering/ })
      .click()
    await legeplads.screenshot({ path: `${SHOTS}/focus-card.png` })
    await page.locator('.side-panel').screenshot({ path: `${SHOTS}/focus-panel.png` })
    await matrix.scrollIntoViewIfNeeded()
    await matrix.screenshot({ path: `${SHOTS}/focus-matrix.png` })
    await plan.screenshot({ path: `${SHOTS}/focus-action-plan.png` })
    await page.screenshot({ path: `${SHOTS}/focus-editor.png` })
  }
})
