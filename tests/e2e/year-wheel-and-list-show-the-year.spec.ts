import { readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import ICAL from 'ical.js'
import { test, expect } from './fixtures/harness'
import { NewPlanInput } from '../../src/shared/api'
import { SCREENS, seriousAxeViolations, shoot } from './fixtures/screens'

const YEAR = new Date().getFullYear()
const initiative = (id: string, title: string, start: string, end: string) => ({
  type: 'initiative',
  attrs: { id, title, start, end, status: 'planned', lead: 'Mette Holm' },
  content: [{ type: 'paragraph', content: [{ type: 'text', text: `${title} beskrivelse` }] }],
})

async function planWithInitiatives(app: { handlers: import('../../src/main/handlers').Handlers }) {
  const plan = await app.handlers['plans.create'](
    NewPlanInput.parse({ title: 'Plan for Filskov', council: 'Filskov Lokalråd' }),
  )
  const doc = {
    type: 'doc' as const,
    content: [
      { type: 'heading', attrs: { level: 1 }, content: [{ type: 'text', text: 'Projekter' }] },
      initiative('legeplads', 'Naturlegeplads', `${YEAR}-03`, `${YEAR}-06`),
      initiative('sti', 'Stisystem', `${YEAR - 1}-09`, `${YEAR + 1}-02`),
    ],
  }
  await app.handlers['plans.save']({ id: plan.id, rev: plan.rev, doc })
  return plan
}

test("the year wheel shows Billund's June meeting and the plan's initiatives, the list the same", async ({
  app,
}) => {
  const { page } = app
  await planWithInitiatives(app)
  await page.reload()
  await page.getByRole('button', { name: 'Årshjul', exact: true }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'Årshjul' })).toBeVisible()
  await expect(page.getByLabel('Årshjul', { exact: true })).toHaveValue('billund-landdistrikter')
  await expect(page.getByLabel('Plan', { exact: true })).toContainText('Plan for Filskov')

  const list = page.getByRole('region', { name: 'Året måned for måned' })
  const items = list.locator('.year-list-item')
  await expect(items).toHaveCount(3)
  await expect(list.getByRole('region', { name: `januar ${YEAR}` })).toContainText(
    'Stisystem (januar–december)',
  )
  await expect(list.getByRole('region', { name: `marts ${YEAR}` })).toContainText(
    'Naturlegeplads (marts–juni)',
  )
  const june = list.getByRole('region', { name: `juni ${YEAR}` })
  await expect(june).toContainText('Tema- og budgetmøde (juni)')
  await expect(june).toContainText('Hvem: Landdistriktsrådet og Økonomiudvalget')
  await expect(page.getByText('https://billund.dk/politik/landdistrikter/landdistriktsraad/')).toBeVisible()

  // The picture holds what the list holds: one arc per item, and says so in its label.
  const wheel = page.getByRole('img', {
    name: `Årshjulet ${YEAR}: 3 punkter. Det samme står i listen.`,
  })
  await expect(wheel).toBeVisible()
  const arcKeys = await wheel
    .locator('.year-item')
    .evaluateAll((els) => els.map((e) => e.getAttribute('data-key')))
  const listKeys = await items.evaluateAll((els) => els.map((e) => e.getAttribute('data-key')))
  expect([...arcKeys].sort()).toEqual([...listKeys].sort())

  // The next year: the path continues until February, the meeting recurs, the play area is done.
  await page.getByRole('button', { name: 'Året efter' }).click()
  await expect(items).toHaveCount(2)
  await expect(list).toContainText('Stisystem (januar–februar)')

  await page.getByRole('button', { name: 'Året før' }).click()
  expect(await seriousAxeViolations(page)).toEqual([])
  for (const s of [SCREENS[0], SCREENS[1], SCREENS[3]]) {
    await page.setViewportSize({ width: s.width, height: s.height })
    await expect(wheel).toBeVisible()
    await shoot(page, `year-top-${s.name}`)
    await wheel.scrollIntoViewIfNeeded()
    await shoot(page, `year-wheel-${s.name}`)
    expect(await seriousAxeViolations(page)).toEqual([])
  }
})

test('a wheel made in the editor refuses a bad date beside its field, then its deadline shows on the home screen and in the .ics', async ({
  app,
}) => {
  const { page } = app
  await page.getByRole('button', { name: 'Årshjul', exact: true }).click()
  await page.getByRole('button', { name: 'Nyt årshjul' }).click()
  await page.getByLabel('Kommune').fill('Testkommune')
  await page.getByLabel('Titel').fill('Puljernes frister')
  await page.getByLabel('Navn').fill('Landdistriktspuljen')
  await page.getByLabel('Slags').selectOption({ label: 'Frist' })
  await page.getByLabel('Datoer').fill(`${YEAR + 1}-02-30`)
  await page.getByRole('button', { name: 'Gem årshjul' }).click()
  const alert = page.getByRole('alert')
  await expect(alert).toContainText('Begivenhed 1 – Datoer: en dato skal findes i kalenderen')
  await expect(alert).toContainText('Intet er gemt')
  await expect(page.getByLabel('Datoer')).toHaveAttribute('aria-invalid', 'true')
  expect(await seriousAxeViolations(page)).toEqual([])
  await shoot(page, 'year-editor-bad-date-1280x860')
  expect((await app.handlers['yearWheels.list']()).map((w) => w.id)).toEqual(['billund-landdistrikter'])

  await page.getByLabel('Datoer').fill(`${YEAR + 1}-03-01`)
  await page.getByRole('button', { name: 'Gem årshjul' }).click()
  await expect(page.getByText('Årshjulet er gemt.')).toBeVisible()
  await expect(page.getByLabel('Årshjul', { exact: true })).toContainText('Testkommune: Puljernes frister')

  // Sent to the calendar, read back by a calendar library.
  const ics = join(app.dataDir, 'frister.ics')
  app.host.saveAnswers.push(ics)
  await page.getByRole('button', { name: 'Gem i kalender (.ics)' }).click()
  await expect(page.getByText(`Gemt: ${ics}`)).toBeVisible()
  const emptyYear = new ICAL.Component(ICAL.parse(await readFile(ics, 'utf8')))
  expect(emptyYear.getAllSubcomponents('vevent')).toHaveLength(0)
  await page.getByRole('button', { name: 'Året efter' }).click()
  app.host.saveAnswers.push(ics)
  await page.getByRole('button', { name: 'Gem i kalender (.ics)' }).click()
  await expect(page.getByText(`Gemt: ${ics}`)).toBeVisible()
  const cal = new ICAL.Component(ICAL.parse(await readFile(ics, 'utf8')))
  const events = cal.getAllSubcomponents('vevent').map((v) => new ICAL.Event(v))
  expect(events.map((e) => [e.summary, e.startDate.toString()])).toEqual([
    ['Frist: Landdistriktspuljen', `${YEAR + 1}-03-01`],
  ])

  // Shared as a file and opened again: a broken copy is refused with where, and nothing changes.
  const broken = join(app.dataDir, 'broken.json')
  await writeFile(
    broken,
    JSON.stringify({
      id: 'x',
      municipality: 'X',
      title: 'X',
      version: '1',
      events: [{ id: 'e', name: 'Møde', months: [0] }],
    }),
  )
  app.host.openAnswers.push(broken)
  await page.getByRole('button', { name: 'Hent årshjul fra fil' }).click()
  await expect(page.getByRole('alert')).toContainText(
    'Begivenhed 1 – Måneder (hvert år): en måned skal være et tal fra 1 til 12',
  )
  await expect(page.getByRole('alert')).toContainText('Intet er hentet')
  expect(await app.handlers['yearWheels.list']()).toHaveLength(2)

  await page.getByRole('button', { name: 'Mine planer' }).click()
  const next = page.getByRole('region', { name: 'Næste frist' })
  await expect(next).toContainText(`Landdistriktspuljen – 1. marts ${YEAR + 1}`)
  await expect(next).toContainText('fra Testkommune')
  expect(await seriousAxeViolations(page)).toEqual([])
  await shoot(page, 'home-next-deadline-1280x860')
  await next.getByRole('button', { name: 'Se årshjulet' }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'Årshjul' })).toBeVisible()
})
