import { test, expect } from './fixtures/harness'
import { EditorPage, marked, nodes, textOf } from './editor/editorPage'

test('bold, italic, underline and strike from Word shortcuts and the toolbar land in the saved plan', async ({
  app,
}) => {
  const ed = await EditorPage.withNewPlan(app)
  const kb = app.page.keyboard
  await kb.type('Landsbyen har fed kursiv understreget og overstreget tekst.')
  await ed.select('fed')
  await kb.press('Control+b')
  await ed.select('kursiv')
  await kb.press('Control+i')
  await ed.select('understreget')
  await kb.press('Control+u')
  await ed.select('overstreget')
  await ed.tool('Gennemstreget').click()
  await expect(ed.tool('Gennemstreget')).toHaveAttribute('aria-pressed', 'true')
  const doc = await ed.saved()
  expect(marked(doc, 'bold')).toEqual(['fed'])
  expect(marked(doc, 'italic')).toEqual(['kursiv'])
  expect(marked(doc, 'underline')).toEqual(['understreget'])
  expect(marked(doc, 'strike')).toEqual(['overstreget'])
})

test('superscript (Ctrl+., also next to a word the spell check marks) and subscript (the toolbar) land in the saved plan and exclude each other', async ({
  app,
}) => {
  const ed = await EditorPage.withNewPlan(app)
  const kb = app.page.keyboard
  await kb.type('Taget er 1200 m')
  await kb.press('Control+.')
  await expect(ed.tool('Hævet skrift')).toHaveAttribute('aria-pressed', 'true')
  await kb.type('2')
  await kb.press('Control+.')
  await kb.type(' og sparer CO')
  await ed.tool('Sænket skrift').click()
  await expect(ed.tool('Sænket skrift')).toHaveAttribute('aria-pressed', 'true')
  await kb.type('2')
  await ed.tool('Sænket skrift').click()
  await kb.type(' hvert år.')
  let doc = await ed.saved()
  expect(textOf(doc)).toBe('Taget er 1200 m2 og sparer CO2 hvert år.')
  expect(marked(doc, 'superscript')).toEqual(['2'])
  expect(marked(doc, 'subscript')).toEqual(['2'])
  // Subscript over a superscript replaces it: one text is never both (Word has one vertAlign).
  await ed.select('1200 m')
  await kb.press('Shift+ArrowRight')
  await kb.press('Control+,')
  doc = await ed.saved()
  expect(marked(doc, 'superscript')).toEqual([])
  expect(marked(doc, 'subscript')).toEqual(['1200 m2', '2'])
})

test('headings, nested lists, quote and a horizontal rule are saved as real structure', async ({ app }) => {
  const ed = await EditorPage.withNewPlan(app)
  const kb = app.page.keyboard
  await kb.type('Vision')
  await kb.press('Control+Alt+1')
  await kb.press('End')
  await kb.press('Enter')
  await kb.type('Om lokalområdet')
  await app.page.getByRole('combobox', { name: 'Tekstformat' }).selectOption('h2')
  await ed.text.click()
  await kb.press('Control+End')
  await kb.press('Enter')
  await kb.type('Historie')
  await kb.press('Control+Alt+3')
  await kb.press('End')
  await kb.press('Enter')
  await kb.press('Control+Shift+8')
  await kb.type('Forsamlingshus')
  await kb.press('Enter')
  await kb.press('Tab')
  await kb.type('Nyt tag')
  await kb.press('Enter')
  await kb.press('Shift+Tab')
  await kb.type('Legeplads')
  await kb.press('Enter')
  await kb.press('Enter')
  await kb.press('Control+Shift+7')
  await kb.type('Først')
  await kb.press('Enter')
  await kb.type('Dernæst')
  await kb.press('Enter')
  await kb.press('Enter')
  await kb.type('Et godt citat')
  await ed.tool('Citat').click()
  await kb.press('End')
  await kb.press('Enter')
  await kb.press('Enter')
  await ed.tool('Vandret streg').click()

  const doc = await ed.saved()
  expect(nodes(doc, 'heading').map((h) => [h.attrs?.level, textOf(h)])).toEqual([
    [1, 'Vision'],
    [2, 'Om lokalområdet'],
    [3, 'Historie'],
  ])
  const [bullets] = nodes(doc, 'bulletList')
  expect(bullets.content!.map((li) => textOf(li.content![0]))).toEqual(['Forsamlingshus', 'Legeplads'])
  expect(nodes(bullets.content![0], 'bulletList').length).toBe(1)
  expect(textOf(nodes(bullets.content![0], 'listItem')[1])).toBe('Nyt tag')
  expect(nodes(doc, 'orderedList')[0].content!.map(textOf)).toEqual(['Først', 'Dernæst'])
  expect(nodes(doc, 'blockquote').map(textOf)).toEqual(['Et godt citat'])
  expect(nodes(doc, 'horizontalRule').length).toBe(1)
})

test('undo and redo with Ctrl+Z and Ctrl+Y', async ({ app }) => {
  const ed = await EditorPage.withNewPlan(app)
  const kb = app.page.keyboard
  await kb.type('Første sætning.')
  await expect(ed.tool('Fortryd')).toBeEnabled()
  await ed.select('Første')
  await kb.press('Control+b')
  expect(marked(await ed.saved(), 'bold')).toEqual(['Første'])
  await kb.press('Control+z')
  expect(marked(await ed.saved(), 'bold')).toEqual([])
  await kb.press('Control+y')
  expect(marked(await ed.saved(), 'bold')).toEqual(['Første'])
  await ed.tool('Fortryd').click()
  expect(marked(await ed.saved(), 'bold')).toEqual([])
  await ed.tool('Gentag').click()
  expect(marked(await ed.saved(), 'bold')).toEqual(['Første'])
})

test('a table: insert, add and remove rows and columns, header row', async ({ app }) => {
  const ed = await EditorPage.withNewPlan(app)
  const kb = app.page.keyboard
  await ed.tool('Indsæt tabel').click()
  await kb.type('Hvad')
  await kb.press('Tab')
  await kb.type('Hvem')
  await kb.press('Tab')
  await kb.type('Hvornår')
  let table = nodes(await ed.saved(), 'table')[0]
  expect(table.content!.length).toBe(3)
  expect(table.content![0].content!.map((c) => c.type)).toEqual(['tableHeader', 'tableHeader', 'tableHeader'])

  await ed.tool('Tilføj række').click()
  await ed.tool('Tilføj kolonne').click()
  table = nodes(await ed.saved(), 'table')[0]
  expect(table.content!.length).toBe(4)
  expect(table.content![0].content!.length).toBe(4)

  // Remove the new (empty) column and row again, from a cell inside each.
  await ed.text.locator('tr').first().locator('th').last().click()
  await ed.tool('Slet kolonne').click()
  await ed.text.locator('tr').nth(1).locator('td').first().click()
  await ed.tool('Slet række').click()
  table = nodes(await ed.saved(), 'table')[0]
  expect(table.content!.length).toBe(3)
  expect(table.content![0].content!.map(textOf)).toEqual(['Hvad', 'Hvem', 'Hvornår'])

  await ed.text.locator('th').first().click()
  await ed.tool('Overskriftsrække').click()
  table = nodes(await ed.saved(), 'table')[0]
  expect(table.content![0].content!.map((c) => c.type)).toEqual(['tableCell', 'tableCell', 'tableCell'])
  await ed.tool('Overskriftsrække').click()
  await ed.tool('Slet tabel').click()
  expect(nodes(await ed.saved(), 'table')).toEqual([])
})
