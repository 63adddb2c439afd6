import { test, expect, type AppHarness } from './fixtures/harness'
import { HomePage } from './fixtures/pages'

const para = (text: string) => ({ type: 'paragraph', content: [{ type: 'text', text }] })
const card = (id: string, title: string, text: string) => ({
  type: 'initiative',
  attrs: { id, title, status: 'planned', budget: 100000 },
  content: [para(text)],
})
/** Screens of ordinary text, so what comes after it is far below the first screen. */
const filler = (n: number, what: string) =>
  Array.from({ length: n }, (_, i) =>
    para(`${what} ${i}: lokalrådet vil arbejde for stierne, skolen, hallen og forsamlingshuset i landsbyen.`),
  )

async function openPlan(app: AppHarness) {
  const plan = await app.handlers['plans.create']({
    title: 'Lang plan med kort',
    council: 'Bøvl Lokalråd',
    kind: 'council',
    villages: [],
    municipality: '',
    templateId: 'blank',
    catalogueId: null,
  })
  const doc = {
    type: 'doc' as const,
    content: [
      { type: 'heading', attrs: { level: 1 }, content: [{ type: 'text', text: 'Projekter' }] },
      card('c-top', 'Legeplads', 'En legeplads ved hallen.'),
      ...filler(120, 'Afsnit'),
      card('c-far', 'Cykelsti', 'Sikker skolevej langt nede.'),
      ...filler(120, 'Bilag'),
      card('c-last', 'Shelter', 'Et shelter ved søen.'),
    ],
  }
  await app.handlers['plans.save']({ id: plan.id, rev: plan.rev, doc })
  await app.page.reload()
  await new HomePage(app.page).openPlan('Lang plan med kort')
}

/** A card by the text of its description: a live card's title is in an input, not its text. */
const cardWith = (app: AppHarness, description: string) =>
  app.page.locator('.initiative-card', { hasText: description })

test('a card on the first screen is live as the plan opens; cards far below are light until they come near', async ({
  app,
}) => {
  await openPlan(app)
  const top = cardWith(app, 'En legeplads')
  const far = cardWith(app, 'Sikker skolevej')
  await expect(top.locator('input.initiative-title')).toHaveValue('Legeplads')
  await expect(top.locator('.card-handle')).toHaveCount(1)
  // Far below: the light form, its title as text and no fields, but the same description text.
  await expect(far.locator('.initiative-title-light')).toHaveText('Cykelsti')
  await expect(far.locator('input')).toHaveCount(0)
  await expect(far).toContainText('Sikker skolevej langt nede.')

  await far.scrollIntoViewIfNeeded()
  await expect(far.locator('input.initiative-title')).toHaveValue('Cykelsti')
  // Typed into its description once live: the text goes into the plan.
  await far.getByText('Sikker skolevej langt nede.').click()
  await app.page.keyboard.press('End')
  await app.page.keyboard.type(' Med lys.')
  await expect(app.page.getByTestId('save-status')).toHaveText('Gemt')
  const saved = JSON.stringify((await app.savedPlan()).doc)
  expect(saved).toContain('Sikker skolevej langt nede. Med lys.')

  // Away from the screen for a while, it goes light again, with its text.
  await app.page.locator('.ProseMirror').press('Control+Home')
  await top.scrollIntoViewIfNeeded()
  await expect(far.locator('input')).toHaveCount(0, { timeout: 20_000 })
  await expect(far).toContainText('Sikker skolevej langt nede. Med lys.')
  await expect(far.locator('.initiative-title-light')).toHaveText('Cykelsti')
})

test('printing draws every card in full, at once', async ({ app }) => {
  await openPlan(app)
  await expect(cardWith(app, 'En legeplads').locator('.card-handle')).toHaveCount(1)
  await expect(cardWith(app, 'Et shelter').locator('input')).toHaveCount(0)
  // Counted in the same task as the print event: the cards are live before the print lays out.
  const liveTitles = await app.page.evaluate(() => {
    window.dispatchEvent(new Event('beforeprint'))
    return [...document.querySelectorAll<HTMLInputElement>('.initiative-card input.initiative-title')].map(
      (i) => i.value,
    )
  })
  expect(liveTitles).toEqual(['Legeplads', 'Cykelsti', 'Shelter'])
})
