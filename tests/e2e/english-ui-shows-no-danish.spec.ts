import { readFileSync, readdirSync } from 'node:fs'
import { strFromU8, unzipSync } from 'fflate'
import { join } from 'node:path'
import type { Page } from '@playwright/test'
import { test, expect } from './fixtures/harness'
import { editorBody } from './fixtures/pages'
import { shoot } from './fixtures/screens'
import { danishWordsIn } from '../fixtures/danishWords'

/**
 * The whole app in English, screen by screen: no Danish word in what is shown or read out (text,
 * aria-labels, tooltips, placeholders, prompts, the window title), except the plan's own text and
 * data that is Danish by nature: the shipped catalogues are the municipalities' own policies, and
 * the language list names Danish in Danish.
 */

/** Every text of the shipped catalogues and year wheels: a municipality's policy and its year keep
 * their own words. */
function shippedTexts(folder: string): string[] {
  const dir = join('resources', folder)
  const strings = (v: unknown): string[] =>
    typeof v === 'string' ? [v] : v && typeof v === 'object' ? Object.values(v).flatMap(strings) : []
  return readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .flatMap((f) => strings(JSON.parse(readFileSync(join(dir, f), 'utf8'))))
    .filter((s) => s.length > 1)
}
const ALLOWED = [
  ...shippedTexts('catalogues'),
  ...shippedTexts('year-wheels'),
  ...shippedTexts('fund-profiles'),
  'Dansk',
]

const ENGLISH_CATALOGUE = {
  id: 'billund-en',
  municipality: 'Billund Municipality',
  title: 'Rural policy',
  adopted: '2024',
  version: '1',
  goal: 'Rural areas are the best choice for families',
  source: 'Billund Municipality, rural policy 2024',
  focusAreas: [
    { id: 'homes', number: 1, title: 'Homes and settling', description: '', colour: '#1f5f8b' },
    { id: 'nature', number: 2, title: 'Nature and outdoor life', description: '', colour: '#3d7a3d' },
  ],
}

/** What the page shows and says right now: visible text, and every label, tooltip and placeholder. */
async function shownTexts(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const out: string[] = [document.title]
    const shown = (el: Element) => el.checkVisibility({ visibilityProperty: true })
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT)
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const el = n.parentElement
      const text = n.textContent?.trim()
      if (!el || !text) continue
      // A closed <select>'s options are not drawn, but they are the choices a user reads.
      const select = el.closest('select')
      if (select ? shown(select) : shown(el)) out.push(text)
    }
    const attrs = ['aria-label', 'title', 'placeholder', 'alt', 'data-placeholder', 'aria-description']
    for (const el of document.querySelectorAll(attrs.map((a) => `[${a}]`).join(','))) {
      if (!shown(el)) continue
      for (const a of attrs) {
        const v = el.getAttribute(a)?.trim()
        if (v) out.push(v)
      }
    }
    return out
  })
}

const seen: { screen: string; text: string; words: string[] }[] = []

/** Looks at the screen (a screenshot to look at) and notes any Danish in it. */
async function look(page: Page, screen: string) {
  await shoot(page, `english-${screen}`)
  for (const text of await shownTexts(page)) {
    const words = danishWordsIn(text, ALLOWED, { shown: true })
    if (words.length) seen.push({ screen, text, words })
  }
}

test('in English, every screen from home to export speaks English', async ({ app }) => {
  test.setTimeout(180_000)
  const { page } = app
  await app.backend.catalogues.save(ENGLISH_CATALOGUE)
  // The check must see Danish where there is some, or an empty list at the end proves nothing.
  await expect(page.getByRole('heading', { level: 1, name: 'Mine planer' })).toBeVisible()
  const danishHome = (await shownTexts(page)).flatMap((t) => danishWordsIn(t, ALLOWED, { shown: true }))
  expect(danishHome).toContain('planer')

  // Settings: the language is chosen, and Chromium's document language follows.
  await page.getByRole('button', { name: 'Indstillinger' }).click()
  await page.getByLabel('Sprog').selectOption('en')
  await expect(page.getByRole('heading', { level: 1, name: 'Settings' })).toBeVisible()
  expect(await page.evaluate(() => document.documentElement.lang)).toBe('en')
  await look(page, 'settings')

  await page.getByRole('button', { name: 'Municipal focus areas' }).click()
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible()
  await look(page, 'catalogues')

  await page.getByRole('button', { name: 'Year wheel', exact: true }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'Year wheel' })).toBeVisible()
  await look(page, 'year-wheel')

  await page.getByRole('button', { name: 'Overview', exact: true }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'Overview' })).toBeVisible()
  await look(page, 'overview')

  await page.getByRole('button', { name: 'My plans' }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'My plans' })).toBeVisible()
  await look(page, 'home-empty')

  // The wizard, step by step.
  await page.getByRole('button', { name: 'New plan' }).first().click()
  await look(page, 'wizard-who')
  await page.getByLabel('Name of the council or cluster').fill('Bøvl Local Council')
  await page.getByRole('button', { name: 'Next' }).click()
  await page.getByLabel('Villages the plan covers').fill('Bøvl')
  await page.getByLabel('Villages the plan covers').press('Enter')
  await page.getByLabel('Municipality').fill('Billund Municipality')
  await look(page, 'wizard-where')
  await page.getByRole('button', { name: 'Next' }).click()
  await look(page, 'wizard-template')
  await page.getByRole('radio', { name: /^Local development plan/ }).check()
  await page.getByRole('button', { name: 'Next' }).click()
  await look(page, 'wizard-catalogue')
  await page.getByRole('radio', { name: /Rural policy/ }).check()
  await page.getByRole('button', { name: 'Create the plan' }).click()

  // The editor: the English template's headings and prompts, the toolbar, the side panels.
  const body = editorBody(page)
  await expect(body.locator('h1').first()).toHaveText('Foreword')
  await expect(body.locator('p[data-placeholder]').first()).toHaveAttribute(
    'data-placeholder',
    /^Say briefly/,
  )
  await look(page, 'editor')
  await body.locator('h1').first().click()
  await page.getByRole('tab', { name: 'Initiatives' }).click()
  await page.locator('.focus-panel').getByRole('button', { name: 'Add initiative' }).click()
  await page.keyboard.type('New playground')
  const card = page.locator('.initiative-card')
  await expect(card).toBeVisible()
  await look(page, 'editor-initiative')
  // A month typed the Danish way is read and shown in English; the list of months is English.
  const start = card.getByRole('combobox', { name: /^Start/ })
  await start.fill('marts 2027')
  await start.press('Enter')
  await expect(start).toHaveValue('March 2027')
  await start.press('ArrowDown')
  await expect(page.getByRole('listbox', { name: 'Months in 2027' })).toBeVisible()
  await look(page, 'editor-month-list')
  await start.press('Escape')
  // An amount it cannot read says so in English.
  const budget = card.getByLabel('Budget')
  await budget.fill('12,5,0')
  await budget.press('Tab')
  await expect(card.getByRole('alert')).toBeVisible()
  await look(page, 'editor-amount-error')
  await budget.fill('12500')
  await budget.press('Tab')
  await card.getByRole('button', { name: /^Actions for the initiative/ }).click()
  await look(page, 'editor-card-menu')
  await page.keyboard.press('Escape')
  await page.getByRole('tab', { name: 'Contents' }).click()
  await look(page, 'editor-contents')
  await page.getByRole('tab', { name: /Comments/ }).click()
  await look(page, 'editor-comments')

  await page.keyboard.press('Control+f')
  await look(page, 'editor-find')
  await page.keyboard.press('Escape')
  await page.keyboard.press('F1')
  await expect(page.getByRole('dialog')).toBeVisible()
  await look(page, 'help')
  await page.keyboard.press('Escape')

  // Versions: one saved, the list with its friendly date.
  await page.getByRole('button', { name: 'Versions' }).click()
  const versions = page.getByRole('dialog', { name: 'Versions and backups' })
  await versions.getByLabel('Save the plan as it is now as a version').fill('First draft')
  await versions.getByRole('button', { name: 'Save version' }).click()
  await expect(versions.getByText('The version “First draft” is saved.').last()).toBeVisible()
  await look(page, 'versions')
  await versions.getByRole('button', { name: 'Close' }).click()

  // Export: the dialog, the native save dialog's title and name (the harness's host), the notice.
  await page.getByRole('button', { name: 'Save as Word' }).click()
  await look(page, 'export-dialog')
  app.host.saveAnswers.push(join(app.dataDir, 'exported.docx'))
  await page.getByRole('button', { name: 'Choose where and save' }).click()
  await expect(page.getByText(/^Saved as /)).toBeVisible()
  expect(app.host.saveDialogs.at(-1)).toEqual({
    title: 'Save the plan as a Word file',
    defaultName: expect.stringMatching(/^Development plan - Bøvl Local Council - \d{4}-\d{2}-\d{2}\.docx$/),
  })
  await look(page, 'export-saved')
  await page.keyboard.press('Escape')
  // The Word file's own words are English too (the plan's text here is the English template's).
  const docx = unzipSync(new Uint8Array(readFileSync(join(app.dataDir, 'exported.docx'))))
  const xml = ['word/document.xml', 'word/header1.xml', 'word/footer1.xml', 'docProps/core.xml']
    .filter((name) => docx[name])
    .map((name) => strFromU8(docx[name]))
    .join(' ')
  const words = [...xml.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>|<dc:[a-z]+>([^<]*)</g)].map(
    (m) => m[1] ?? m[2],
  )
  expect(words.join(' ')).toContain('Action plan')
  expect(danishWordsIn(words.join(' '), ALLOWED, { shown: true })).toEqual([])

  await page.getByRole('button', { name: 'Back to my plans' }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'My plans' })).toBeVisible()
  await look(page, 'home-with-plan')
  await page.getByRole('button', { name: /^Rename/ }).click()
  await look(page, 'home-rename')
  await page.keyboard.press('Escape')
  await page.getByRole('button', { name: /^Delete/ }).click()
  await look(page, 'home-delete')
  await page.keyboard.press('Escape')

  expect(seen).toEqual([])
})
