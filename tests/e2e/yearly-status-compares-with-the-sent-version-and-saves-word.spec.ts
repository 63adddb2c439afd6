import AxeBuilder from '@axe-core/playwright'
import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import mammoth from 'mammoth'
import { test, expect } from './fixtures/harness'
import { HomePage, saveStatus } from './fixtures/pages'
import { SCREENS, shoot } from './fixtures/screens'
import { NewPlanInput } from '../../src/shared/api'

const para = (text: string) => ({ type: 'paragraph', content: [{ type: 'text', text }] })
const initiative = (id: string, title: string, attrs: Record<string, unknown>) => ({
  type: 'initiative',
  attrs: { id, title, status: 'active', lead: 'Anna Holm', start: '2027-03', end: '2027-10', ...attrs },
  content: [para(`${title}.`)],
})
const today = () => {
  const d = new Date()
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`
}

test('Årlig status: change a status and a budget after the sent version, comment, save as Word and read it back', async ({
  app,
}) => {
  const h = app.handlers
  const plan = await h['plans.create'](NewPlanInput.parse({ title: 'Bøvl 2030', council: 'Bøvl Lokalråd' }))
  await h['plans.save']({
    id: plan.id,
    rev: plan.rev,
    doc: {
      type: 'doc',
      content: [
        initiative('lege', 'Ny legeplads ved hallen', { budget: 100000 }),
        initiative('sti', 'Natursti rundt om søen', { budget: 20000 }),
      ],
    },
  })
  await h['versions.create']({ id: plan.id, name: 'Sendt til kommunen oktober' })

  const page = app.page
  await page.reload()
  await new HomePage(app).openPlan('Bøvl 2030')
  const sti = page.locator('.initiative-card', { hasText: 'Natursti rundt om søen' })
  await sti.getByLabel('Status').selectOption({ label: 'Afsluttet' })
  const lege = page.locator('.initiative-card', { hasText: 'Ny legeplads ved hallen' })
  await lege.getByLabel('Budget', { exact: true }).fill('125000')
  await lege.getByLabel('Ansvarlig').click()
  await expect(saveStatus(page)).toHaveText('Gemt')
  // The day of the change is kept on the card.
  const saved = JSON.stringify((await app.savedPlan()).doc)
  expect(saved).toContain(`"statusHistory":[{"status":"done","date":"${today()}"}]`)

  await page.getByRole('button', { name: 'Versioner' }).click()
  await page.getByRole('button', { name: 'Årlig status' }).click()
  const dialog = page.getByRole('dialog', { name: 'Årlig status' })
  await expect(dialog).toContainText('»Sendt til kommunen oktober«')
  const stiRow = dialog.locator('.yearly-item[data-id="sti"]')
  await expect(stiRow.locator('h3')).toContainText('Afsluttet')
  await expect(stiRow.locator('tr', { hasText: 'Status' })).toContainText(/I gang.*Afsluttet \(siden/)
  const legeRow = dialog.locator('.yearly-item[data-id="lege"]')
  await expect(legeRow.locator('h3')).toContainText('Ændret')
  await expect(legeRow.locator('tr', { hasText: 'Budget' }).locator('strong')).toHaveText('125.000 kr.')

  await legeRow
    .getByLabel('Kommentar til Ny legeplads ved hallen')
    .fill('Kommunen har givet tilsagn om resten.')
  await stiRow.getByLabel('Kommentar til Natursti rundt om søen').focus()
  await expect(dialog.getByRole('status')).toHaveText('Kommentaren er gemt.')
  expect((await h['yearlyStatus.get']({ id: plan.id })).comments.lege).toBe(
    'Kommunen har givet tilsagn om resten.',
  )

  const axe = await new AxeBuilder({ page }).include('.yearly-status').analyze()
  expect(
    axe.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => v.id),
  ).toEqual([])
  for (const s of SCREENS) {
    await page.setViewportSize({ width: s.width, height: s.height })
    await shoot(page, `yearly-status-${s.name}`)
  }
  await page.setViewportSize({ width: 1280, height: 860 })

  const target = join(app.dataDir, 'status.docx')
  app.host.saveAnswers.push(target)
  await dialog.getByRole('button', { name: 'Gem som Word' }).click()
  await expect(dialog.getByRole('status')).toContainText('Statusrapporten er gemt')
  expect(app.host.saveDialogs.at(-1)?.defaultName).toMatch(
    /^Bøvl 2030 - Status for udviklingsplanen, \S+ \d{4}\.docx$/,
  )
  const html = (await mammoth.convertToHtml({ buffer: await readFile(target) })).value
  expect(html).toMatch(/Status for udviklingsplanen, \S+ \d{4}/)
  expect(html).toMatch(
    /Ny legeplads ved hallen<\/h1>.*100\.000 kr\..*125\.000 kr\..*Kommunen har givet tilsagn om resten\./,
  )
  expect(html).toMatch(/Natursti rundt om søen<\/h1>.*Afsluttet/)
})
