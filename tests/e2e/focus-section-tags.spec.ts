import { test, expect } from './fixtures/harness'
import { HomePage, createPlanThroughWizard, editorBody } from './fixtures/pages'

type Node = { type: string; attrs?: Record<string, unknown>; content?: Node[]; text?: string }
const textOf = (n: Node): string => n.text ?? (n.content ?? []).map(textOf).join('')

test('a whole section can be tagged with focus areas, and the panel counts it under them', async ({
  app,
}) => {
  const { page } = app
  await createPlanThroughWizard(page, {
    council: 'Bække Lokalråd',
    template: 'Lokal udviklingsplan',
    catalogue: 'LAG Vejen',
  })
  await page.getByRole('tab', { name: 'Initiativer' }).click()
  const panel = page.locator('.focus-panel')
  await expect(panel.getByRole('group', { name: 'Afsnittet »Forord« støtter' })).toBeVisible()

  // Put the cursor in the Vision section (its prompt paragraph) and tag the section.
  await editorBody(page).locator('h1', { hasText: 'Vision' }).locator('xpath=following-sibling::p[1]').click()
  const group = panel.getByRole('group', { name: 'Afsnittet »Vision« støtter' })
  await expect(group).toBeVisible()
  await group.getByRole('checkbox', { name: /Sundhed/ }).check()
  await group.getByRole('checkbox', { name: /Bosætning og nærmiljø/ }).check()
  await group.getByRole('checkbox', { name: /Bosætning og nærmiljø/ }).uncheck()

  // The overview lists the section under the focus area it now serves.
  await expect(panel.locator('.focus-area', { hasText: 'Sundhed' })).toContainText('Vision')
  await expect(panel.locator('.focus-area', { hasText: 'Bosætning og nærmiljø' })).not.toContainText('Vision')

  await page.getByRole('button', { name: 'Tilbage til mine planer' }).click()
  await new HomePage(app).isShown()
  const blocks = ((await app.savedPlan()).doc.content ?? []) as Node[]
  const vision = blocks.find((b) => b.type === 'heading' && textOf(b) === 'Vision')
  expect(vision?.attrs?.focusAreas).toEqual(['sundhed'])
})
