import { mkdtemp, readFile, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import mammoth from 'mammoth'
import { readSheet } from 'read-excel-file/node'
import { test, expect } from './fixtures/harness'
import { SCREENS, seriousAxeViolations, shoot, expectInWindow } from './fixtures/screens'
import { writePackage } from '../../src/main/backend/packages/writePackage'
import { PLAN_SCHEMA_VERSION, type Plan } from '../../src/shared/model/plan'
import type { Catalogue } from '../../src/shared/model/catalogue'

const VILLAGES = ['Ølby', 'Åby', 'Bøvl', 'Gørding', 'Holsted']

function planFile(i: number, catalogue: Catalogue): Plan {
  const areas = catalogue.focusAreas.map((a) => a.id)
  const initiative = (n: number, title: string, area: string, status: string, budget: number) => ({
    type: 'initiative',
    attrs: {
      id: `i${n}`,
      title,
      status,
      lead: '',
      group: '',
      start: `${2026 + (n % 3)}-03`,
      end: `${2026 + (n % 3)}-11`,
      budget,
      ownFundingKr: 10000,
      volunteerHours: null,
      fundingSources: ['Landdistriktspuljen, Vejen Kommune'],
      focusAreas: [area],
    },
    content: [{ type: 'paragraph', content: [{ type: 'text', text: `Beskrivelse af ${title}.` }] }],
  })
  // The last plan is still on an older version of the catalogue, without "sundhed".
  const own =
    i === 4 ? { ...catalogue, version: '0.9', focusAreas: catalogue.focusAreas.slice(0, 3) } : catalogue
  return {
    schemaVersion: PLAN_SCHEMA_VERSION,
    id: `00000000-0000-4000-8000-00000000000${i}`,
    rev: 1,
    meta: {
      title: `Udviklingsplan for ${VILLAGES[i]}`,
      council: `${VILLAGES[i]} Lokalråd`,
      kind: 'council',
      villages: [VILLAGES[i]],
      municipality: 'Vejen Kommune',
      templateId: 'blank',
      versionLabel: '',
      catalogue: own,
      createdAt: '2026-01-01T00:00:00.000Z',
      updatedAt: '2026-01-01T00:00:00.000Z',
    },
    doc: {
      type: 'doc',
      content: [
        { type: 'heading', attrs: { level: 1 }, content: [{ type: 'text', text: 'Initiativer' }] },
        initiative(1, `Legeplads i ${VILLAGES[i]}`, areas[0], 'planned', 100000 + i * 10000),
        initiative(2, `Sti ved ${VILLAGES[i]}`, areas[2], i % 2 ? 'active' : 'idea', 50000),
      ],
    },
  }
}

test('the consultant adds five plans from files, filters them and exports both reports', async ({ app }) => {
  const { page } = app
  const dir = await mkdtemp(join(tmpdir(), 'pv-e2e-overview-'))
  const catalogue = await app.backend.catalogues.get('lag-vejen')
  const files: string[] = []
  for (let i = 0; i < 5; i++) {
    const p = join(dir, `plan-${i}.planvaerksted`)
    await writeFile(p, writePackage({ plan: planFile(i, catalogue), assets: new Map(), versions: [] }, 'e2e'))
    files.push(p)
  }
  const broken = join(dir, 'ødelagt.planvaerksted')
  await writeFile(broken, 'ikke en zip')
  app.host.openFilesAnswers.push([...files, broken])

  await page.getByRole('navigation', { name: 'Hovedmenu' }).getByRole('button', { name: 'Overblik' }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'Overblik' })).toBeVisible()
  await page.getByRole('button', { name: 'Tilføj planer' }).click()
  await expect(page.getByText('5 planer tilføjet.')).toBeVisible()
  await expect(page.getByText('ødelagt.planvaerksted')).toBeVisible()
  await expect(page.getByText(/hverken en plan-fil/)).toBeVisible()

  const matrix = page.getByRole('table', { name: /Antal initiativer og deres budget/ })
  await expect(matrix.getByRole('rowheader')).toHaveCount(6) // five plans and the total
  await expect(page.getByText('Indsatsområder uden initiativer:')).toBeVisible()
  await expect(page.getByText('Ældre version 0.9')).toBeVisible()
  const initiatives = page.getByRole('table', { name: /Initiativer i planerne/ })
  await expect(initiatives.locator('tbody tr')).toHaveCount(10)

  // Filters: a village, then a status, then a search; each narrows the table and the matrix.
  await page.getByLabel('Landsby', { exact: true }).selectOption('Åby')
  await expect(initiatives.locator('tbody tr')).toHaveCount(2)
  await expect(matrix.getByRole('rowheader')).toHaveCount(2)
  await page.getByLabel('Landsby', { exact: true }).selectOption('')
  await page.getByLabel('Status', { exact: true }).selectOption('active')
  await expect(initiatives.locator('tbody tr')).toHaveCount(2)
  await page.getByRole('button', { name: 'Nulstil' }).click()
  await page.getByLabel('Søg', { exact: true }).fill('legeplads bøvl')
  await expect(initiatives.locator('tbody tr')).toHaveCount(1)
  await expect(initiatives.getByRole('rowheader')).toHaveText('Legeplads i Bøvl')
  await page.getByRole('button', { name: 'Nulstil' }).click()
  // Sorting by budget, descending, by keyboard.
  const budget = initiatives.getByRole('button', { name: 'Budget' })
  await budget.focus()
  await page.keyboard.press('Enter')
  await page.keyboard.press('Enter')
  await expect(initiatives.getByRole('columnheader', { name: /Budget/ })).toHaveAttribute(
    'aria-sort',
    'descending',
  )
  await expect(initiatives.getByRole('rowheader').first()).toHaveText('Legeplads i Holsted')

  expect(await seriousAxeViolations(page)).toEqual([])
  for (const s of SCREENS.filter((x) => x.name !== '150pct-1280x860')) {
    await page.setViewportSize({ width: s.width, height: s.height })
    await expectInWindow(page, page.getByRole('button', { name: 'Tilføj planer' }))
    await shoot(page, `overview-${s.name}`)
    await page
      .getByRole('heading', { name: 'Initiativer pr. indsatsområde og landsby' })
      .scrollIntoViewIfNeeded()
    await shoot(page, `overview-${s.name}-matrix`)
    await page.getByRole('heading', { name: 'Planerne' }).scrollIntoViewIfNeeded()
    await shoot(page, `overview-${s.name}-plans`)
    await page.evaluate(() => window.scrollTo(0, 0))
  }
  await page.setViewportSize({ width: 1280, height: 860 })

  // Both reports, read back.
  const docx = join(dir, 'rapport.docx')
  app.host.saveAnswers.push(docx)
  await page.getByRole('button', { name: 'Rapport til udvalget (Word)' }).click()
  await expect(page.getByText(`Gemt: ${docx}`)).toBeVisible()
  const text = (await mammoth.extractRawText({ buffer: await readFile(docx) })).value
  for (const s of [
    'Sammendrag',
    'Legeplads i Ølby',
    'Gørding',
    '110.000 kr.',
    'Initiativer pr. indsatsområde',
  ])
    expect(text).toContain(s)

  const xlsx = join(dir, 'initiativer.xlsx')
  app.host.saveAnswers.push(xlsx)
  await page.getByRole('button', { name: 'Alle initiativer (Excel)' }).click()
  await expect(page.getByText(`Gemt: ${xlsx}`)).toBeVisible()
  const rows = await readSheet(xlsx)
  expect(rows).toHaveLength(11)
  const holsted = rows.find((r) => r[3] === 'Legeplads i Holsted')!
  expect(holsted[8]).toBe(140000)
  expect(holsted[10]).toBe(130000)

  // Ølby sends a new version: it replaces the old one, and the screen says what changed.
  const newer = planFile(0, catalogue)
  const content = newer.doc.content as { attrs?: Record<string, unknown> }[]
  content[1].attrs = { ...content[1].attrs, budget: 175000 }
  const again = join(dir, 'ølby-ny.planvaerksted')
  await writeFile(again, writePackage({ plan: newer, assets: new Map(), versions: [] }, 'e2e'))
  app.host.openFilesAnswers.push([again])
  await page.getByRole('button', { name: 'Tilføj planer' }).click()
  await expect(page.getByText('1 plan erstattet af en nyere udgave.')).toBeVisible()
  const changes = page.getByRole('region', { name: /Ændret siden sidste udgave \(Udviklingsplan for Ølby\)/ })
  await expect(changes).toContainText('Legeplads i Ølby')
  await expect(changes).toContainText('175.000 kr.')
  await expect(matrix.getByRole('rowheader')).toHaveCount(6)
  await changes.scrollIntoViewIfNeeded()
  await shoot(page, 'overview-1280x860-changes')
})
