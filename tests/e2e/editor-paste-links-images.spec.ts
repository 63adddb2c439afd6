import { test, expect } from './fixtures/harness'
import { EditorPage, marked, nodes, textOf } from './editor/editorPage'
import { wordFakeLists, wordHeadingsAndMarks, wordTable } from '../unit/renderer/editor/fixtures/wordSnippets'

/** Pastes as the browser would from the system clipboard (Word puts text/html and text/plain there). */
async function paste(ed: EditorPage, html: string, text = 'tekst') {
  await ed.text.evaluate(
    (el, [h, t]) => {
      const data = new DataTransfer()
      data.setData('text/html', h)
      data.setData('text/plain', t)
      el.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }))
    },
    [html, text],
  )
}

const PNG_4x3 = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAQAAAADCAIAAAA7ljmRAAAAEklEQVR4nGP4z8AARwzEcQAA8qUM9EsjOOMAAAAASUVORK5CYII=',
  'base64',
)

test('a Word paste keeps headings, marks, real nested lists and the table, without Word noise', async ({
  app,
}) => {
  const ed = await EditorPage.withNewPlan(app)
  await paste(ed, wordHeadingsAndMarks)
  await paste(ed, wordFakeLists)
  // The cursor ends in the last list item; leave the list as a writer would before the table.
  await app.page.keyboard.press('Enter')
  await app.page.keyboard.press('Enter')
  await paste(ed, wordTable)
  const doc = await ed.saved()
  expect(nodes(doc, 'heading').map((h) => [h.attrs?.level, textOf(h)])).toEqual([
    [1, 'Om lokalområdet'],
    [2, 'Historie'],
    [3, 'Kirken'],
  ])
  expect(marked(doc, 'bold')).toContain('412 indbyggere')
  expect(marked(doc, 'link')).toEqual(['kommunens side'])
  const bullets = nodes(doc, 'bulletList')[0]
  expect(bullets.content!.map((li) => textOf(li.content![0]))).toEqual([
    'Renovere forsamlingshuset',
    'Lave en stisti til skolen',
  ])
  expect(nodes(bullets, 'bulletList').length).toBe(2) // the outer list and the nested one
  expect(nodes(doc, 'orderedList')[0].content!.map(textOf)).toEqual(['Legeplads', 'Shelterplads'])
  const table = nodes(doc, 'table')[0]
  expect(table.content![0].content!.map((c) => c.type)).toEqual(['tableHeader', 'tableHeader'])
  const json = JSON.stringify(doc)
  expect(json).not.toMatch(/mso|Mso|Calibri|·/)
})

test('a paste over the size cap is refused whole, with a message', async ({ app }) => {
  const ed = await EditorPage.withNewPlan(app)
  await app.page.keyboard.type('Før')
  const huge = `<p>${'ord '.repeat(60_000)}</p>`
  await paste(ed, huge, 'ord '.repeat(60_000))
  await expect(app.page.getByRole('alert').filter({ hasText: 'Indsæt det i mindre dele' })).toBeVisible()
  const doc = await ed.saved()
  expect(textOf(doc)).toBe('Før')
})

test('links: only https and mailto get in; Ctrl+click opens in the system browser', async ({ app }) => {
  const ed = await EditorPage.withNewPlan(app)
  const page = app.page
  await page.keyboard.type('Læs kommunens landdistriktspolitik.')
  await ed.select('landdistriktspolitik')
  await page.keyboard.press('Control+k')
  const dialog = page.getByRole('dialog', { name: 'Indsæt link' })
  const address = dialog.getByLabel('Adresse')
  for (const bad of ['javascript:alert(1)', 'file:///C:/Users/anne/plan.docx']) {
    await address.fill(bad)
    await dialog.getByRole('button', { name: 'Indsæt link' }).click()
    await expect(dialog.getByRole('alert')).toContainText('Det link kan ikke bruges')
  }
  await address.fill('www.billund.dk/landdistrikter')
  await dialog.getByRole('button', { name: 'Indsæt link' }).click()
  await expect(dialog).toBeHidden()
  const doc = await ed.saved()
  const link = nodes(doc, 'text').find((t) => t.text === 'landdistriktspolitik')!
  expect(link.marks).toEqual([
    { type: 'link', attrs: expect.objectContaining({ href: 'https://www.billund.dk/landdistrikter' }) },
  ])

  await ed.text.getByRole('link', { name: 'landdistriktspolitik' }).click({ modifiers: ['Control'] })
  await expect.poll(() => app.host.opened).toEqual(['https://www.billund.dk/landdistrikter'])
  expect(page.url()).toMatch(/index\.html/)
})

test('an image from disk goes in with its alt text, stored as an asset of the plan', async ({ app }) => {
  const ed = await EditorPage.withNewPlan(app)
  const page = app.page
  const chooser = page.waitForEvent('filechooser')
  await ed.tool('Indsæt billede').click()
  await (await chooser).setFiles({ name: 'forsamlingshus.png', mimeType: 'image/png', buffer: PNG_4x3 })
  const dialog = page.getByRole('dialog', { name: 'Indsæt billede' })
  await dialog
    .getByLabel('Beskriv billedet for dem, der ikke kan se det')
    .fill('Forsamlingshuset om sommeren')
  await dialog.getByRole('button', { name: 'Indsæt billede' }).click()
  const img = ed.text.getByRole('img', { name: 'Forsamlingshuset om sommeren' })
  await expect(img).toBeVisible()
  await expect.poll(() => img.evaluate((i: HTMLImageElement) => i.naturalWidth)).toBe(4)
  const [image] = nodes(await ed.saved(), 'image')
  expect(image.attrs).toMatchObject({ alt: 'Forsamlingshuset om sommeren', width: 4, height: 3 })
  expect(String(image.attrs?.src)).toMatch(/^asset:[a-f0-9]{64}\.png$/)
})

test('a file that is not an image is refused with a message and nothing is inserted', async ({ app }) => {
  const ed = await EditorPage.withNewPlan(app)
  const chooser = app.page.waitForEvent('filechooser')
  await ed.tool('Indsæt billede').click()
  await (
    await chooser
  ).setFiles({ name: 'referat.png', mimeType: 'image/png', buffer: Buffer.from('ikke et billede') })
  const dialog = app.page.getByRole('dialog', { name: 'Indsæt billede' })
  if (await dialog.isVisible()) await dialog.getByRole('button', { name: 'Indsæt billede' }).click()
  await expect(app.page.getByRole('alert').filter({ hasText: 'ikke et billede' })).toBeVisible()
  expect(nodes((await app.savedPlan()).doc as never, 'image')).toEqual([])
})
