import { writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { test, expect } from './fixtures/harness'
import { variedDocx } from '../fixtures/variedDocx'
import { addWordComments } from '../fixtures/addWordComments'
import { textOf, type PMNode } from './editor/editorPage'

const SHOTS = '/tmp/shots-issue11-layout'
const PASSAGE = 'Naturen ved åen'

/** Zoom emulated by a smaller CSS viewport: 150 % of 1280x720 is 853x480. */
for (const size of [
  { name: '1280x860', width: 1280, height: 860 },
  { name: '1280x720-at-150', width: 853, height: 480 },
]) {
  test(`clicking a comment shows its passage without selecting it, so typing keeps it (${size.name})`, async ({
    app,
  }) => {
    const { page } = app
    await page.setViewportSize({ width: size.width, height: size.height })
    const bytes = await variedDocx()
    const plain = join(tmpdir(), `pv-plan-${Date.now()}.docx`)
    const commented = join(tmpdir(), `pv-review-${Date.now()}.docx`)
    writeFileSync(plain, bytes)
    writeFileSync(
      commented,
      addWordComments(bytes, [
        { anchor: PASSAGE, author: 'Karen Ås', date: '2026-04-02T10:00:00Z', text: 'Nævn gerne stien.' },
      ]),
    )
    app.host.openAnswers.push(plain)
    await page.getByRole('button', { name: 'Importér Word-fil' }).click()
    await page.getByRole('button', { name: 'Åbn planen' }).click()
    await page.getByRole('tab', { name: 'Kommentarer' }).click()
    app.host.openAnswers.push(commented)
    await page.getByRole('button', { name: 'Indlæs kommentarer fra Word' }).click()

    await page.locator('.review-panel').getByRole('button', { name: PASSAGE }).click()
    const highlight = page.locator('.review-highlight')
    await expect(highlight).toHaveText(PASSAGE)
    await expect(highlight).toBeInViewport()
    // The editor holds a collapsed caret at the passage's start, not a selection over it.
    const sel = await page.evaluate(() => {
      const ed = (
        document.querySelector('.ProseMirror') as Element & {
          editor: {
            state: {
              selection: { empty: boolean; from: number }
              doc: { textBetween(a: number, b: number): string }
            }
          }
        }
      ).editor
      const { empty, from } = ed.state.selection
      return { empty, after: ed.state.doc.textBetween(from, from + 15) }
    })
    expect(sel).toEqual({ empty: true, after: PASSAGE })
    await page.screenshot({ path: `${SHOTS}/comment-jump-${size.name}.png` })

    await page.keyboard.type('Se her: ')
    await expect(page.locator('.ProseMirror')).toContainText(`Se her: ${PASSAGE}`)
    await expect(page.getByTestId('save-status')).toHaveText('Gemt')
    const doc = (await app.savedPlan()).doc as PMNode
    expect(textOf(doc)).toContain(`Se her: ${PASSAGE}`)
  })
}
