import AxeBuilder from '@axe-core/playwright'
import { test, expect } from './fixtures/harness'
import { HomePage, saveStatus } from './fixtures/pages'
import { SCREENS, shoot } from './fixtures/screens'
import { NewPlanInput } from '../../src/shared/api'

test('an årshjul block in the plan: chosen wheel drawn with its list beneath, kept in the plan, axe-clean', async ({
  app,
}) => {
  const h = app.handlers
  const plan = await h['plans.create'](
    NewPlanInput.parse({ title: 'Bøvl årshjul', council: 'Bøvl Lokalråd' }),
  )
  const year = new Date().getFullYear()
  await h['plans.save']({
    id: plan.id,
    rev: plan.rev,
    doc: {
      type: 'doc',
      content: [
        { type: 'heading', attrs: { level: 1 }, content: [{ type: 'text', text: 'Året i Bøvl' }] },
        {
          type: 'initiative',
          attrs: { id: 'sti', title: 'Natursti', status: 'active', start: `${year}-04`, end: `${year}-09` },
          content: [{ type: 'paragraph', content: [{ type: 'text', text: 'En sti.' }] }],
        },
        { type: 'paragraph', content: [{ type: 'text', text: 'Her kommer årshjulet.' }] },
      ],
    },
  })
  const page = app.page
  await page.reload()
  await new HomePage(app).openPlan('Bøvl årshjul')
  await page.locator('.ProseMirror p', { hasText: 'Her kommer årshjulet.' }).click()
  await page.getByRole('tab', { name: 'Initiativer' }).click()
  await page.locator('.focus-panel').getByRole('button', { name: 'Indsæt årshjul i planen' }).click()
  const block = page.locator('.year-block')
  await expect(block).toContainText('Vælg et årshjul')
  await block
    .getByLabel('Årshjul', { exact: true })
    .selectOption({ label: 'Billund Kommune: Landdistrikternes årshjul (samarbejdsmodellen)' })
  await expect(block.locator('svg[role="img"]')).toBeVisible()
  await expect(block.locator('.year-list')).toContainText('Natursti')
  await expect(block.locator('.year-list')).toContainText('Tema- og budgetmøde')
  await expect(saveStatus(page)).toHaveText('Gemt')
  const saved = JSON.stringify((await app.savedPlan()).doc)
  expect(saved).toContain('"type":"yearWheel","attrs":{"wheelId":"billund-landdistrikter","year":null}')

  const axe = await new AxeBuilder({ page }).include('.year-block').analyze()
  expect(
    axe.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => v.id),
  ).toEqual([])
  await block.scrollIntoViewIfNeeded()
  for (const s of SCREENS) {
    await page.setViewportSize({ width: s.width, height: s.height })
    await block.locator('svg.year-wheel-svg').scrollIntoViewIfNeeded()
    await shoot(page, `year-block-${s.name}`)
  }
})
