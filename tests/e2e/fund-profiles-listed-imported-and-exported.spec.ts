import { readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { test, expect } from './fixtures/harness'
import { seriousAxeViolations, shoot } from './fixtures/screens'

const goodProfile = {
  id: 'hejnsvig-fonden',
  name: 'Hejnsvig Fonden',
  giver: 'Hejnsvig Sparekasse',
  version: '2027',
  sources: [
    { url: 'https://example.org/hejnsvig-fonden/vilkaar', title: 'Fondens vilkår', date: '2027-01-05' },
  ],
  deadlines: { yearly: [{ month: 3, day: 1 }] },
}

test('fund profiles: listed with their sources, a good file imported, a bad one refused with where', async ({
  app,
}) => {
  const { page } = app
  await page.setViewportSize({ width: 1280, height: 860 })
  await page.getByRole('button', { name: 'Årshjul', exact: true }).click()
  const section = page.getByRole('region', { name: 'Fondsprofiler' })
  const list = section.getByRole('list', { name: 'Fondsprofiler' })
  // The shipped profiles, each with where its rules were read and when.
  const loa = list
    .getByRole('listitem')
    .filter({ has: page.getByRole('heading', { name: 'Puljeprojekter' }) })
  await expect(loa).toContainText('Lokale og Anlægsfonden')
  await expect(loa).toContainText('Følger med programmet')
  await expect(loa).toContainText('https://loa-fonden.dk/realiser-dit-projekt/puljeprojekter/')
  await expect(loa).toContainText('læst 2. december 2026')
  const before = (await app.handlers['fundProfiles.list']()).length

  // A bad file: every problem with where it is, and nothing added.
  const bad = join(app.dataDir, 'bad-profile.json')
  await writeFile(
    bad,
    JSON.stringify({ ...goodProfile, id: 'bad', deadlines: { yearly: [{ month: 13 }] }, sources: [] }),
  )
  app.host.openAnswers.push(bad)
  await section.getByRole('button', { name: 'Hent fondsprofil fra fil' }).click()
  const alert = section.getByRole('alert')
  await expect(alert).toContainText('Filen kan ikke bruges som fondsprofil')
  await expect(alert).toContainText('Frister – Hvert år 1 – Måned: en måned skal være et tal fra 1 til 12')
  await expect(alert).toContainText('Kilde: en fondsprofil skal have mindst én kilde')
  await expect(alert).toContainText('Intet er hentet')
  expect(await app.handlers['fundProfiles.list']()).toHaveLength(before)
  await expect(list.getByRole('heading', { name: 'Hejnsvig Fonden' })).toHaveCount(0)
  await section.scrollIntoViewIfNeeded()
  expect(await seriousAxeViolations(page)).toEqual([])
  await shoot(page, 'fund-profiles-refused-1280x860')

  // A good file: listed as the user's own, with its source; and saved again as a file.
  const good = join(app.dataDir, 'good-profile.json')
  await writeFile(good, JSON.stringify(goodProfile))
  app.host.openAnswers.push(good)
  await section.getByRole('button', { name: 'Hent fondsprofil fra fil' }).click()
  await expect(section.getByText('Fondsprofilen »Hejnsvig Fonden« er hentet.')).toBeVisible()
  await expect(alert).toHaveCount(0)
  const own = list
    .getByRole('listitem')
    .filter({ has: page.getByRole('heading', { name: 'Hejnsvig Fonden' }) })
  await expect(own).toContainText('Egen')
  await expect(own).toContainText(
    'Fondens vilkår: https://example.org/hejnsvig-fonden/vilkaar (læst 5. januar 2027)',
  )
  expect(await app.handlers['fundProfiles.list']()).toHaveLength(before + 1)

  const target = join(app.dataDir, 'shared-profile.json')
  app.host.saveAnswers.push(target)
  await own.getByRole('button', { name: 'Gem »Hejnsvig Fonden« som fil' }).click()
  await expect(section.getByText(`Gemt: ${target}`)).toBeVisible()
  expect(JSON.parse(await readFile(target, 'utf8'))).toMatchObject({ id: 'hejnsvig-fonden', version: '2027' })

  await own.scrollIntoViewIfNeeded()
  expect(await seriousAxeViolations(page)).toEqual([])
  await shoot(page, 'fund-profiles-1280x860')
  await page.evaluate(() => (document.body.style.zoom = '2'))
  await own.scrollIntoViewIfNeeded()
  await shoot(page, 'fund-profiles-200pct')
  await page.evaluate(() => (document.body.style.zoom = ''))
})
