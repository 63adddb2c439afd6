import AxeBuilder from '@axe-core/playwright'
import { test, expect } from './fixtures/harness'
import { HomePage } from './fixtures/pages'
import { EditorPage, marked, textOf, type PMNode } from './editor/editorPage'

/** A plan with several sections, built through the contract so the test is about navigating it. */
async function longPlan(ed: EditorPage) {
  const sections = ['Forord', 'Om lokalområdet', 'Vision', 'Indsatsområder', 'Handlingsplan']
  const content = sections.flatMap((title, i) => [
    { type: 'heading', attrs: { level: 1 }, content: [{ type: 'text', text: title }] },
    ...Array.from({ length: 12 }, (_, k) => ({
      type: 'paragraph',
      content: [
        {
          type: 'text',
          text: `Afsnit ${k + 1} i ${title.toLowerCase()}: forsamlingshuset og ${i === 3 ? 'shelterpladsen' : 'stien'} ved skolen.`,
        },
      ],
    })),
  ])
  await ed.page.evaluate(
    async (doc) => {
      const plans = await window.api['plans.list'](undefined as never)
      if (!plans.ok) throw new Error('list failed')
      const p = plans.value.plans[0]
      const res = await window.api['plans.save']({ id: p.id, rev: p.rev, doc: doc as never })
      if (!res.ok) throw new Error(res.error.message)
    },
    { type: 'doc', content },
  )
  await ed.page.reload()
  await new HomePage(ed.app).openPlan('Udviklingsplan for Bøvl')
}

test('the outline lists the headings, jumps to one and marks where you are', async ({ app }) => {
  const ed = await EditorPage.withNewPlan(app)
  await longPlan(ed)
  const outline = app.page.getByRole('navigation', { name: 'Planens indhold' })
  await expect(outline.getByRole('button')).toHaveText([
    'Forord',
    'Om lokalområdet',
    'Vision',
    'Indsatsområder',
    'Handlingsplan',
  ])
  await outline.getByRole('button', { name: 'Indsatsområder' }).click()
  await expect(ed.text.getByRole('heading', { name: 'Indsatsområder' })).toBeInViewport()
  await expect(outline.getByRole('button', { name: 'Indsatsområder' })).toHaveAttribute(
    'aria-current',
    'location',
  )
  await app.page.keyboard.type('Vores ')
  const saved = await ed.saved()
  expect(textOf((saved.content ?? [])[39])).toBe('Vores Indsatsområder')
})

test('find in plan: Ctrl+F highlights matches, Enter steps, Escape closes', async ({ app }) => {
  const ed = await EditorPage.withNewPlan(app)
  await longPlan(ed)
  await ed.text.click()
  await app.page.keyboard.press('Control+f')
  const search = app.page.getByRole('searchbox', { name: 'Søg efter' })
  await expect(search).toBeFocused()
  await search.fill('shelterpladsen')
  await expect(app.page.locator('.find-match')).toHaveCount(12)
  await expect(app.page.getByText('12 fundet')).toBeVisible()
  await search.press('Enter')
  await expect(app.page.getByText('1 af 12')).toBeVisible()
  await expect(app.page.locator('.find-match-current')).toBeInViewport()
  await search.press('Shift+Enter')
  await expect(app.page.getByText('12 af 12')).toBeVisible()
  await search.press('Escape')
  await expect(search).toBeHidden()
  await expect(app.page.locator('.find-match')).toHaveCount(0)
})

test('typed text survives leaving the plan and restarting the app', async ({ app }) => {
  const ed = await EditorPage.withNewPlan(app)
  await app.page.keyboard.type('Vi vil have en ny legeplads.')
  await app.page.keyboard.press('Control+b')
  await app.page.keyboard.type(' Og en sti.')
  await app.page.getByRole('button', { name: 'Tilbage til mine planer' }).click()
  await app.restart()
  await new HomePage(app).openPlan('Udviklingsplan for Bøvl')
  await expect(ed.text).toContainText('Vi vil have en ny legeplads. Og en sti.')
  const doc = (await app.savedPlan()).doc as PMNode
  expect(marked(doc, 'bold')).toEqual([' Og en sti.'])
})

test('the editor, its dialogs and the writing view have no serious accessibility faults', async ({ app }) => {
  const ed = await EditorPage.withNewPlan(app)
  await longPlan(ed)
  const serious = async () =>
    (await new AxeBuilder({ page: app.page }).analyze()).violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)
  expect(await serious()).toEqual([])
  await ed.select('forsamlingshuset')
  await expect(app.page.locator('.selection-menu')).toBeVisible()
  expect(await serious()).toEqual([])
  await app.page.keyboard.press('Control+k')
  await expect(app.page.getByRole('dialog')).toBeVisible()
  expect(await serious()).toEqual([])
  await app.page.keyboard.press('Escape')
  await app.page.keyboard.press('Control+f')
  expect(await serious()).toEqual([])
  await app.page.keyboard.press('Escape')
  await ed.tool('Skrivevisning').click()
  await expect(app.page.getByRole('navigation', { name: 'Planens indhold' })).toBeHidden()
  expect(await serious()).toEqual([])
})

test('the toolbar is one tab stop and the arrow keys move inside it', async ({ app }) => {
  await EditorPage.withNewPlan(app)
  const toolbar = app.page.getByRole('toolbar', { name: 'Formatering' })
  await toolbar.getByRole('button', { name: 'Fed' }).focus()
  await expect(toolbar.getByRole('button', { name: 'Fed' })).toBeFocused()
  await app.page.keyboard.press('ArrowRight')
  await expect(toolbar.getByRole('button', { name: 'Kursiv' })).toBeFocused()
  await expect(toolbar.locator('[tabindex="0"]')).toHaveCount(1)
  await app.page.keyboard.press('Enter')
  await expect(toolbar.getByRole('button', { name: 'Kursiv' })).toHaveAttribute('aria-pressed', 'true')
})
