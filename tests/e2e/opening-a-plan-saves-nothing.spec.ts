import { test, expect } from './fixtures/harness'
import { HomePage } from './fixtures/pages'

// Opening a plan and reading it is not an edit: the file on disk keeps its revision. A save on open
// would bump the revision under a second window holding the same plan and refuse that window's
// next save, and it would write a backup generation for nothing.
test('opening a plan with a table, an initiative and the derived blocks writes nothing', async ({ app }) => {
  const { page } = app
  const rev = await page.evaluate(async () => {
    const created = await window.api['plans.create']({
      title: 'Udviklingsplan for Bøvl',
      council: 'Bøvl Lokalråd',
    })
    if (!created.ok) throw new Error('create')
    const text = (t: string) => [{ type: 'text', text: t }]
    const cell = (type: string, t: string) => ({
      type,
      attrs: { colspan: 1, rowspan: 1, colwidth: null, align: null },
      content: [{ type: 'paragraph', content: text(t) }],
    })
    const saved = await window.api['plans.save']({
      id: created.value.id,
      rev: created.value.rev,
      doc: {
        type: 'doc',
        content: [
          { type: 'heading', attrs: { level: 1 }, content: text('Om lokalområdet') },
          { type: 'paragraph', content: text('Bøvl ligger ved åen.') },
          {
            type: 'table',
            content: [
              { type: 'tableRow', content: [cell('tableHeader', 'Hvad'), cell('tableHeader', 'Hvornår')] },
              { type: 'tableRow', content: [cell('tableCell', 'Sti'), cell('tableCell', '2027')] },
            ],
          },
          { type: 'heading', attrs: { level: 1 }, content: text('Projekter') },
          {
            type: 'initiative',
            attrs: { id: 'ini-sti', title: 'Stien langs åen' },
            content: [{ type: 'paragraph', content: text('En sti hele vejen rundt.') }],
          },
          { type: 'actionPlan' },
          { type: 'paragraph', content: text('Slut.') },
        ],
      },
    })
    if (!saved.ok) throw new Error(`save: ${JSON.stringify(saved)}`)
    return saved.value.rev
  })
  await page.reload()
  await new HomePage(app).openPlan('Udviklingsplan for Bøvl')
  await expect(page.locator('.ProseMirror')).toContainText('Slut.')
  await expect(page.getByRole('status').filter({ hasText: 'Gemt' })).toBeVisible()
  // Moving about is not an edit either: a click in the text, into the table, arrows.
  await page.locator('.ProseMirror').getByText('Bøvl ligger ved åen.').click()
  await page.locator('.ProseMirror td').first().click()
  await page.keyboard.press('ArrowDown')
  await page.keyboard.press('ArrowUp')
  // The autosave waits for a pause; give it well over one before looking at the file.
  await page.waitForTimeout(3000)
  expect((await app.savedPlan()).rev).toBe(rev)
})
