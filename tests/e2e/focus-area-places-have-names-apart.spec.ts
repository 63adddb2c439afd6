import { test, expect } from './fixtures/harness'
import { HomePage } from './fixtures/pages'

const SHOTS = '/tmp/shots-issue11-layout'

/** The catalogue manager, the editor's side tab and the template's section are three names. */
test('the catalogue manager, the side tab and the template section are told apart, in Danish and English', async ({
  app,
}) => {
  const { page } = app
  await page.evaluate(() =>
    window.api['plans.create']({
      title: 'Udviklingsplan for Bøvl',
      council: 'Bøvl Lokalråd',
      templateId: 'lokal-udviklingsplan',
    }),
  )
  await page.reload()
  const nav = page.getByRole('navigation', { name: 'Hovedmenu' })
  await nav.getByRole('button', { name: 'Kommunens indsatsområder', exact: true }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'Kommunens indsatsområder' })).toBeVisible()
  await nav.getByRole('button', { name: 'Mine planer' }).click()
  await new HomePage(app).openPlan('Udviklingsplan for Bøvl')
  const tabs = page.getByRole('tablist')
  await expect(tabs.getByRole('tab')).toHaveText([
    'Indhold',
    'Initiativer',
    'Kommentarer',
    'Borgermøde',
    'Tilgængelighed',
  ])
  await expect(
    page.locator('.ProseMirror').getByRole('heading', { name: 'Indsatsområder', exact: true }),
  ).toBeVisible()
  // The three tabs fit their row without scrolling sideways.
  expect(await tabs.evaluate((t) => t.scrollWidth <= t.clientWidth + 1)).toBe(true)
  await page.getByRole('tab', { name: 'Initiativer' }).click()
  await expect(page.locator('.focus-panel')).toContainText(
    'Planen er ikke knyttet til kommunens indsatsområder endnu.',
  )

  await nav.getByRole('button', { name: 'Indstillinger' }).click()
  await page.getByLabel('Sprog').selectOption('en')
  await page
    .getByRole('navigation')
    .getByRole('button', { name: 'Municipal focus areas', exact: true })
    .click()
  await expect(page.getByRole('heading', { level: 1, name: 'Municipal focus areas' })).toBeVisible()
  await page.getByRole('navigation').getByRole('button', { name: 'My plans' }).click()
  await page.getByRole('button', { name: /^Open Udviklingsplan for Bøvl/ }).click()
  await expect(page.getByRole('tablist').getByRole('tab')).toHaveText([
    'Contents',
    'Initiatives',
    'Comments',
    'Meeting',
    'Accessibility',
  ])
  await page.setViewportSize({ width: 683, height: 384 })
  await page.screenshot({ path: `${SHOTS}/names-english-683x384.png` })
})
