import type { Page, Request } from '@playwright/test'
import { test, expect, type AppHarness } from './fixtures/harness'
import { HomePage, editorBody, saveStatus } from './fixtures/pages'
import { seriousAxeViolations, shoot } from './fixtures/screens'

// Each test parses the Danish dictionary at least once (a couple of seconds alone, far more on a
// shared machine), and some after a restart or a change of language again.
test.describe.configure({ timeout: 180_000 })

const TITLE = 'Udviklingsplan for Skovbækgård'
const text = (t: string, marks?: unknown[]) =>
  marks ? { type: 'text', text: t, marks } : { type: 'text', text: t }
const DOC = {
  type: 'doc',
  content: [
    { type: 'heading', attrs: { level: 1 }, content: [text('Forord')] },
    {
      type: 'paragraph',
      content: [
        text('Vi mødes i forsamlingshuet ved søen i Skovbækgård, og børnefamilierne på Ærø kommer også. '),
        text('Læs mere hos kommunnen', [{ type: 'link', attrs: { href: 'https://www.vejen.dk/' } }]),
        text(' om bl.a. landsbyklyngen og Bækkehytten.'),
      ],
    },
  ],
}

/** A plan with misspelt and correct words (and its village as a name), opened in the editor once
 * the spell checker has been through it (or, with spelling off, once it is shown). */
async function openSpellingPlan(app: AppHarness, state: 'checked' | 'off' = 'checked') {
  await app.page.evaluate(
    async ([title, doc]) => {
      const c = await window.api['plans.create']({
        title: title as string,
        council: 'Skovbækgård Lokalråd',
        villages: ['Skovbækgård'],
      })
      if (!c.ok) throw new Error(c.error.message)
      const s = await window.api['plans.save']({ id: c.value.id, rev: c.value.rev, doc: doc as never })
      if (!s.ok) throw new Error(s.error.message)
    },
    [TITLE, DOC] as const,
  )
  await app.page.reload()
  await openAndWaitForTheCheck(app.page, state)
}

async function openAndWaitForTheCheck(page: Page, state: 'checked' | 'off' = 'checked') {
  await new HomePage(page).openPlan(TITLE)
  // The Danish dictionary is parsed in the worker after the plan is shown: seconds on a busy machine.
  await expect(editorBody(page)).toHaveAttribute('data-spelling', state, { timeout: 60_000 })
}

const marked = (page: Page) => editorBody(page).locator('.spelling-error')

test('a misspelt word is marked with a wavy line, correct words with æ, ø and å, names and links are not, and nothing goes to a network', async ({
  app,
}) => {
  const requests: Request[] = []
  app.page.context().on('request', (r) => requests.push(r))
  await openSpellingPlan(app)

  await expect(marked(app.page)).toHaveText(['forsamlingshuet', 'Bækkehytten'])
  const mark = marked(app.page).first()
  await expect(mark).toHaveAttribute('aria-invalid', 'spelling')
  expect(await mark.evaluate((el) => getComputedStyle(el).textDecorationStyle)).toBe('wavy')

  // Every request stayed in the app (its pages, its scripts, its dictionary files): none went out.
  const origin = new URL(app.page.url()).origin
  const outside = requests
    .map((r) => r.url())
    .filter((u) => !u.startsWith(`${origin}/`) && !/^(data|blob):/.test(u))
  expect(outside).toEqual([])
  expect(requests.some((r) => r.url().endsWith('.dic'))).toBe(true)

  await shoot(app.page, 'spelling-marked-1280x860')
})

test('a suggestion from the right-click menu replaces the word, and Ctrl+Z brings it back', async ({
  app,
}) => {
  await openSpellingPlan(app)
  const page = app.page
  await marked(page).first().click({ button: 'right' })
  const menu = page.getByRole('menu', { name: 'Stavning: forsamlingshuet' })
  await expect(menu).toBeVisible()
  const suggestion = menu.getByRole('menuitem', { name: 'forsamlingshuset' })
  await expect(suggestion).toBeFocused()
  await shoot(page, 'spelling-menu-1280x860')
  expect(await seriousAxeViolations(page)).toEqual([])

  await suggestion.click()
  await expect(menu).toBeHidden()
  await expect(editorBody(page)).toContainText('Vi mødes i forsamlingshuset ved søen')
  await expect(marked(page)).toHaveText(['Bækkehytten'])
  await expect(editorBody(page)).toBeFocused()
  await page.keyboard.press('Control+z')
  await expect(editorBody(page)).toContainText('Vi mødes i forsamlingshuet ved søen')
  await expect(marked(page)).toHaveText(['forsamlingshuet', 'Bækkehytten'])
})

test('Alt+F7 opens the menu at the next misspelt word; arrows and Enter choose, Escape closes back to the text', async ({
  app,
}) => {
  await openSpellingPlan(app)
  const page = app.page
  await editorBody(page).getByText('Forord').click()
  await page.keyboard.press('Alt+F7')
  const menu = page.getByRole('menu', { name: 'Stavning: forsamlingshuet' })
  await expect(menu).toBeVisible()
  await page.keyboard.press('Escape')
  await expect(menu).toBeHidden()
  await expect(editorBody(page)).toBeFocused()

  // Shift+F10 with the caret in the word: the same menu; Enter takes the first suggestion.
  await page.keyboard.press('Shift+F10')
  await expect(menu).toBeVisible()
  await expect(menu.getByRole('menuitem').first()).toBeFocused()
  await page.keyboard.press('ArrowDown')
  await page.keyboard.press('ArrowUp')
  await page.keyboard.press('Enter')
  await expect(editorBody(page)).toContainText('i forsamlingshuset ved')
  await expect(saveStatus(page)).toHaveText('Gemt')
  expect(JSON.stringify((await app.savedPlan()).doc)).toContain('forsamlingshuset')
})

test('"Tilføj til ordbog" keeps the word across a restart; "Ignorér" only until then', async ({ app }) => {
  await openSpellingPlan(app)
  const page = app.page
  await marked(page).filter({ hasText: 'Bækkehytten' }).click({ button: 'right' })
  await page.getByRole('menuitem', { name: 'Tilføj til ordbog' }).click()
  await expect(marked(page)).toHaveText(['forsamlingshuet'])
  await marked(page).first().click({ button: 'right' })
  await page.getByRole('menuitem', { name: 'Ignorér' }).click()
  await expect(marked(page)).toHaveCount(0)

  await app.restart()
  await openAndWaitForTheCheck(app.page)
  await expect(marked(app.page)).toHaveText(['forsamlingshuet'])
  expect((await app.backend.settings.get()).personalWords).toEqual(['Bækkehytten'])

  // The word is listed in Indstillinger, where it can be taken out again.
  await app.page.getByRole('button', { name: 'Tilbage til mine planer' }).click()
  await app.page.getByRole('button', { name: 'Indstillinger' }).click()
  const words = app.page.getByRole('list', { name: 'Din ordbog' })
  await expect(words.getByRole('listitem')).toHaveCount(1)
  await expect(words.getByRole('listitem')).toContainText('Bækkehytten')
  await words.scrollIntoViewIfNeeded()
  await shoot(app.page, 'spelling-settings-1280x860')
  expect(await seriousAxeViolations(app.page)).toEqual([])
  await words.getByRole('button', { name: 'Fjern Bækkehytten' }).click()
  await expect(app.page.getByText('Du har ikke tilføjet nogen ord endnu.')).toBeVisible()
  await expect.poll(async () => (await app.backend.settings.get()).personalWords).toEqual([])
})

test('spell checking switched off in Indstillinger marks nothing; the plans can be checked in English', async ({
  app,
}) => {
  await app.page.getByRole('button', { name: 'Indstillinger' }).click()
  await app.page.getByLabel('Stavekontrol i planens tekst').uncheck()
  await expect.poll(async () => (await app.backend.settings.get()).spellCheck).toBe(false)
  await openSpellingPlan(app, 'off')
  await expect(marked(app.page)).toHaveCount(0)

  await app.page.getByRole('button', { name: 'Tilbage til mine planer' }).click()
  await app.page.getByRole('button', { name: 'Indstillinger' }).click()
  await app.page.getByLabel('Stavekontrol i planens tekst').check()
  await app.page.getByLabel('Ordbog til stavekontrollen').selectOption('en')
  await expect.poll(async () => (await app.backend.settings.get()).spellLanguage).toBe('en')
  await app.page.getByRole('button', { name: 'Mine planer' }).click()
  await openAndWaitForTheCheck(app.page)
  await expect(editorBody(app.page)).toHaveAttribute('lang', 'en')
  // In English, Danish words are the misspelt ones.
  await expect(marked(app.page).filter({ hasText: 'søen' })).toHaveCount(1)
})

test('the marked word and the open menu at 200 % fit the window', async ({ app }) => {
  await app.page.setViewportSize({ width: 640, height: 430 })
  await openSpellingPlan(app)
  const page = app.page
  await marked(page).first().scrollIntoViewIfNeeded()
  await shoot(page, 'spelling-marked-200pct-1280x860')
  await marked(page).first().click({ button: 'right' })
  const menu = page.getByRole('menu')
  await expect(menu).toBeVisible()
  const box = (await menu.boundingBox())!
  expect(box.x).toBeGreaterThanOrEqual(0)
  expect(box.y).toBeGreaterThanOrEqual(0)
  expect(box.x + box.width).toBeLessThanOrEqual(640)
  expect(box.y + box.height).toBeLessThanOrEqual(430)
  await shoot(page, 'spelling-menu-200pct-1280x860')
})
