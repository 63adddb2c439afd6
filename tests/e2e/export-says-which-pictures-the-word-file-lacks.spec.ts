import { join } from 'node:path'
import type { Page } from '@playwright/test'
import { test, expect } from './fixtures/harness'
import { HomePage } from './fixtures/pages'
import { SCREENS, expectInWindow, seriousAxeViolations, shoot } from './fixtures/screens'

const PNG =
  'iVBORw0KGgoAAAANSUhEUgAAAAgAAAAGCAIAAABxZ0isAAAAJ0lEQVR4nGPYd22BXp4fJmLYd20BVjmoBKYcQgJNGl0CLodFAiIHAKrzStFZ4oNyAAAAAElFTkSuQmCC'
const exportDialog = (page: Page) => page.getByRole('dialog', { name: 'Gem planen som Word-fil' })

for (const s of SCREENS) {
  test(`after Gem som Word the dialog says which pictures the file lacks and where (${s.name})`, async ({
    app,
  }) => {
    const { page } = app
    await page.setViewportSize({ width: s.width, height: s.height })
    // A plan with a picture nothing describes, and one whose image file is gone.
    await page.evaluate(async (png) => {
      const created = await window.api['plans.create']({
        title: 'Udviklingsplan for Bøvl',
        council: 'Bøvl Lokalråd',
      })
      if (!created.ok) throw new Error('create')
      const plan = created.value
      const added = await window.api['assets.add']({ planId: plan.id, fileName: 'torvet.png', data: png })
      if (!added.ok) throw new Error('asset')
      const picture = (src: string, alt: string | null) => ({
        type: 'image',
        attrs: { src, alt, title: null, width: null, height: null },
      })
      const text = (t: string) => [{ type: 'text', text: t }]
      const saved = await window.api['plans.save']({
        id: plan.id,
        rev: plan.rev,
        doc: {
          type: 'doc',
          content: [
            { type: 'heading', attrs: { level: 1 }, content: text('Om lokalområdet') },
            picture(added.value.src, null),
            { type: 'heading', attrs: { level: 1 }, content: text('Kirken og kirkegården') },
            picture(`asset:${'cd'.repeat(32)}.png`, 'Kirken set fra åen'),
          ],
        },
      })
      if (!saved.ok) throw new Error('save')
    }, PNG)
    await page.reload()
    await new HomePage(app).openPlan('Udviklingsplan for Bøvl')
    app.host.saveAnswers.push(join(app.dataDir, 'Bøvl.docx'))
    await page.getByRole('button', { name: 'Gem som Word' }).click()
    // The picture without a description is an accessibility finding, so the summary comes first and
    // the button says the file is saved anyway.
    await expect(exportDialog(page)).toContainText('1 ting kan gøres bedre for læsere med skærmlæser.')
    await exportDialog(page).getByRole('button', { name: 'Gem alligevel' }).click()
    await expect(exportDialog(page).getByRole('status')).toContainText('Bøvl.docx')

    const notices = exportDialog(page).getByTestId('export-notices')
    await expect(notices).toContainText('Bemærk, før I sender filen:')
    await expect(notices.getByRole('listitem')).toHaveText([
      'Et billede under »Om lokalområdet« har ingen alternativ tekst, så en skærmlæser ikke kan fortælle, hvad det viser. Skriv en alternativ tekst eller en billedtekst til det.',
      'Billedet »Kirken set fra åen« under »Kirken og kirkegården« kom ikke med i Word-filen, fordi billedfilen mangler eller er beskadiget. Indsæt billedet igen.',
    ])
    // Announced with the saved message: both sit in the dialog's live region.
    await expect(
      exportDialog(page).locator('[aria-live="polite"]').getByTestId('export-notices'),
    ).toHaveCount(1)
    await notices.scrollIntoViewIfNeeded()
    await expectInWindow(page, notices)
    await shoot(page, `export-notices-${s.name}`)
    expect(await seriousAxeViolations(page, '.modal')).toEqual([])
  })
}
