import { existsSync } from 'node:fs'
import { join } from 'node:path'
import { test, expect } from './fixtures/harness'
import { NewPlanInput } from '../../src/shared/api'
import { seriousAxeViolations, shoot } from './fixtures/screens'
import { HomePage } from './fixtures/pages'
import { upcomingDeadlines } from '../../src/shared/derive/funding/deadlines'
import { dayText } from '../../src/shared/derive/funding/draft'
import { localToday } from '../../src/renderer/src/features/year/yearWords'

test('from an initiative to a checked Word application whose deadline shows on the wheel and at home', async ({
  app,
}) => {
  const { page } = app
  const plan = await app.handlers['plans.create'](
    NewPlanInput.parse({ title: 'Plan for Hejnsvig', council: 'Hejnsvig Lokalråd' }),
  )
  await app.handlers['plans.save']({
    id: plan.id,
    rev: plan.rev,
    doc: {
      type: 'doc',
      content: [
        { type: 'heading', attrs: { level: 1 }, content: [{ type: 'text', text: 'Fritid' }] },
        {
          type: 'initiative',
          attrs: {
            id: 'multibane',
            title: 'Multibane',
            lead: 'Anna Holm',
            budget: 100000,
            ownFundingKr: 5000,
            volunteerHours: 20,
          },
          content: [{ type: 'paragraph', content: [{ type: 'text', text: 'En multibane ved hallen.' }] }],
        },
      ],
    },
  })
  await page.reload()
  await new HomePage(app).openPlan('Plan for Hejnsvig')
  await page.getByRole('button', { name: 'Søg midler til »Multibane«' }).click()
  const dialog = page.getByRole('dialog', { name: 'Søg midler til »Multibane«' })
  await dialog.getByLabel('Fond eller pulje').selectOption('billund-landdistriktspuljen')
  // Filled from the initiative: 100.000 − 5.000 − 20 t × 100 kr. = 93.000 kr.
  await expect(dialog.getByLabel('Ansøgt beløb (kr.)')).toHaveValue('93.000')
  await expect(dialog.getByLabel('Projektbeskrivelse')).toHaveValue('En multibane ved hallen.')
  // 25 % of the first 100.000 kr. sought = 23.250 kr.; 5.000 + 2.000 is too little.
  await expect(dialog).toContainText(
    'Egenfinansieringen er for lav: 7.000 kr., men fonden kræver mindst 23.250 kr. (25 %).',
  )
  await expect(dialog).toContainText('Bilaget »Budget« er ikke klar.')
  expect(await seriousAxeViolations(page, '.modal')).toEqual([])
  await page.setViewportSize({ width: 1280, height: 860 })
  await shoot(page, 'funding-dialog-1280x860')
  await page.setViewportSize({ width: 1024, height: 640 })
  await shoot(page, 'funding-dialog-1024x640')
  await page.evaluate(() => (document.body.style.zoom = '2'))
  await shoot(page, 'funding-dialog-200pct')
  await page.evaluate(() => (document.body.style.zoom = ''))
  await page.setViewportSize({ width: 1280, height: 860 })

  await dialog.getByLabel('Budget', { exact: true }).check()
  await expect(dialog).not.toContainText('Bilaget »Budget« er ikke klar.')
  const target = join(app.dataDir, 'ansoegning.docx')
  app.host.saveAnswers.push(target)
  await dialog.getByRole('button', { name: 'Gem som Word' }).click()
  await expect(dialog.getByRole('status')).toContainText('Gemt:')
  expect(existsSync(target)).toBe(true)
  await dialog.getByRole('button', { name: 'Luk' }).click()
  await expect(page.getByRole('list', { name: 'Ansøgninger' })).toContainText(
    'Landdistriktspuljen (Billund Kommune): Kladde',
  )

  const deadline = upcomingDeadlines(
    await app.handlers['fundProfiles.get']({ id: 'billund-landdistriktspuljen' }),
    localToday(),
    1,
  )[0]
  // Saved with the plan: the home screen and the wheel read it from disk.
  await page.waitForTimeout(1500)
  await page.reload()
  const next = page.getByRole('region', { name: 'Næste frist' })
  await expect(next).toContainText('Landdistriktspuljen (Billund Kommune): Multibane')
  await expect(next).toContainText(dayText(deadline, 'da'))
  await shoot(page, 'funding-home-next-deadline')
  await next.getByRole('button').click()
  if (Number(deadline.slice(0, 4)) > new Date().getFullYear())
    await page.getByRole('button', { name: 'Året efter' }).click()
  const list = page.getByRole('region', { name: 'Året måned for måned' })
  await expect(list).toContainText('Landdistriktspuljen (Billund Kommune): Multibane')
  // The list and the wheel's legend name it alike: a fund's deadline, apart from the municipality's.
  await expect(list.locator('.year-list-item', { hasText: 'Multibane' }).first()).toContainText(
    'Ansøgningsfrist',
  )
  await expect(page.locator('.year-legend')).toContainText('Ansøgningsfrist')
  // On the wheel itself: the application's sector with its diamond, in the deadline's month.
  const onWheel = page.locator('.year-wheel-svg g.year-part', {
    has: page.locator('[data-key^="application:"]'),
  })
  await expect(onWheel).toHaveCount(1)
  await expect(onWheel).toHaveAttribute('data-month', String(Number(deadline.slice(5, 7))))
  await expect(onWheel.locator('.year-fund-marker')).toHaveCount(1)
  await expect(onWheel.locator('.year-fund-marker title')).toHaveText(
    `Landdistriktspuljen (Billund Kommune): Multibane – ${dayText(deadline, 'da')}`,
  )
  expect(await seriousAxeViolations(page, '.year-page')).toEqual([])
  await shoot(page, 'funding-year-wheel')
})
