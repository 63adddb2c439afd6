import type { Page } from '@playwright/test'
import { test, expect } from './fixtures/harness'
import { HomePage } from './fixtures/pages'
import { EditorPage } from './editor/editorPage'

const SHOTS = '/tmp/shots-issue11-layout'
const INVITATION = 'Begynd at skrive jeres plan her'

/** Every element in the text that draws a placeholder (generated ::before content) with its text. */
function placeholdersShown(page: Page) {
  return page.evaluate(() =>
    [...document.querySelectorAll('.ProseMirror *')].flatMap((el) => {
      const c = getComputedStyle(el, '::before').content
      if (!c || c === 'none' || c === 'normal') return []
      const text = el.getAttribute('data-placeholder') || el.getAttribute('data-invite') || ''
      return text ? [{ tag: el.tagName, inCell: !!el.closest('td,th'), text }] : []
    }),
  )
}

test('a reopened plan of empty paragraphs and table cells shows one invitation, at the caret', async ({
  app,
}) => {
  const ed = await EditorPage.withNewPlan(app, 'Tom plan')
  const { page } = app
  for (let i = 0; i < 6; i++) await page.keyboard.press('Enter')
  await ed.tool('Indsæt tabel').click()
  await expect(page.locator('.ProseMirror td, .ProseMirror th').first()).toBeVisible()
  await expect(page.getByTestId('save-status')).toHaveText('Gemt')
  await app.restart()
  await new HomePage(app).openPlan('Tom plan')
  await expect(app.page.locator('.ProseMirror p').nth(5)).toBeAttached()
  expect(await app.page.locator('.ProseMirror p').count()).toBeGreaterThan(10)

  // Polled: the placeholder is a decoration drawn after the selection settles, not at once.
  await expect
    .poll(() => placeholdersShown(app.page))
    .toEqual([{ tag: 'P', inCell: false, text: expect.stringContaining(INVITATION) }])
  await app.page.screenshot({ path: `${SHOTS}/placeholder-reopened.png` })

  // It follows the caret into a table cell, and is still the only one.
  await app.page.locator('.ProseMirror td p').first().click()
  await expect
    .poll(() => placeholdersShown(app.page))
    .toEqual([{ tag: 'P', inCell: true, text: expect.stringContaining(INVITATION) }])
  // Once the plan has text, empty lines are just empty.
  await app.page.keyboard.type('Bøvl')
  await expect.poll(() => placeholdersShown(app.page)).toEqual([])
})

test('template prompts show in their sections but are never read as the paragraphs’ text', async ({
  app,
}) => {
  const { page } = app
  await page.evaluate(() =>
    window.api['plans.create']({
      title: 'Skabelonplan',
      council: 'Bøvl Lokalråd',
      templateId: 'lokal-udviklingsplan',
    }),
  )
  await page.reload()
  await new HomePage(app).openPlan('Skabelonplan')
  await expect(page.locator('.ProseMirror h1').first()).toBeVisible()

  const shown = await placeholdersShown(page)
  expect(shown.length).toBeGreaterThanOrEqual(8)
  const forord = shown[0].text
  expect(forord).toMatch(/^Fortæl kort, hvilket område planen dækker/)
  expect(shown.some((s) => s.text.includes(INVITATION))).toBe(false)

  // Chromium's accessibility tree: the text box holds the headings and empty paragraphs, no prompt.
  const tree = await page.locator('.ProseMirror').ariaSnapshot()
  expect(tree).toContain('heading "Forord"')
  for (const s of shown) expect(tree).not.toContain(s.text.slice(0, 40))

  // With the caret in a prompt paragraph, the prompt is that paragraph's description.
  await page.locator('.ProseMirror p').first().click()
  await expect(page.locator('.ProseMirror p').first()).toHaveAccessibleDescription(forord)
  await page.screenshot({ path: `${SHOTS}/placeholder-template-prompts.png` })
})
