import { readdir, readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { createFundProfileStore, type FundProfileStore } from '../../../src/main/backend/fundProfiles/store'
import { AppError } from '../../../src/shared/model/errors'
import { checkFundProfile } from '../../../src/shared/model/fundProfileValidation'
import { RESOURCES, tempDir } from '../catalogues/helpers'

const SHIPPED = ['billund-landdistriktspuljen', 'loa-puljeprojekter']

const good = () => ({
  id: 'test-pulje',
  name: 'Testpuljen',
  giver: 'Testkommune',
  version: '1',
  sources: [{ url: 'https://example.org/pulje', title: 'Puljen', date: '2026-11-01', note: '' }],
  deadlines: { dates: ['2027-03-01'], yearly: [{ month: 9, day: 1 }] },
  maxAmountKr: 50000,
  ownFinancing: { minPct: 20, of: 'budget', upToKr: null },
  volunteerHours: { counts: true, rateKr: 125 },
  sections: [{ id: 'beskrivelse', title: 'Beskrivelse' }],
  attachments: [{ id: 'budget', title: 'Budget' }],
  reporting: 'Regnskab efter et år.',
})

let env: { dir: string; cleanup: () => Promise<void> }
let store: FundProfileStore
beforeEach(async () => {
  env = await tempDir()
  store = createFundProfileStore({ dataDir: env.dir, resourcesDir: RESOURCES })
})
afterEach(() => env.cleanup())

async function refusal(content: string): Promise<{ path: string; problem: string }[]> {
  const file = join(env.dir, 'in.json')
  await writeFile(file, content)
  const err = await store.importFrom(file).then(
    () => null,
    (e: unknown) => e,
  )
  expect(err).toBeInstanceOf(AppError)
  expect((err as AppError).code).toBe('invalid-fund-profile')
  return (err as AppError).details as { path: string; problem: string }[]
}

async function nothingImported() {
  expect(await readdir(join(env.dir, 'fund-profiles')).catch(() => [])).toEqual([])
  expect((await store.list()).map((p) => p.id).sort()).toEqual(SHIPPED)
}

describe('fund-profile files', () => {
  it('ships only profiles that pass the check and name a source with the day it was read', async () => {
    for (const id of SHIPPED) {
      const json: unknown = JSON.parse(await readFile(join(RESOURCES, 'fund-profiles', `${id}.json`), 'utf8'))
      const check = checkFundProfile(json)
      expect(check.ok, id).toBe(true)
      if (check.ok) for (const s of check.profile.sources) expect(s.url).toMatch(/^https?:\/\//)
    }
    expect((await store.list()).every((p) => p.builtIn)).toBe(true)
  })

  it.each([
    ['{ not json', [{ path: '', problem: 'not-json' }]],
    [JSON.stringify({ id: 'x', events: [] }), [{ path: '', problem: 'not-a-fund-profile' }]],
  ])('refuses a file that is no fund profile, saying why (%#)', async (content, expected) => {
    expect(await refusal(content)).toEqual(expected)
    await nothingImported()
  })

  it('names every bad field by where it is and takes in nothing of a mostly good file', async () => {
    const bad = {
      ...good(),
      sources: [],
      maxAmountKr: 12.345,
      ownFinancing: { minPct: 120, of: 'budget', upToKr: null },
      deadlines: {
        dates: ['2027-02-30'],
        yearly: [
          { month: 13, day: 1 },
          { month: 4, day: 31 },
        ],
      },
      sections: [
        { id: 'a', title: 'A' },
        { id: 'a', title: 'B' },
      ],
    }
    const problems = await refusal(JSON.stringify(bad))
    expect(problems).toEqual(
      expect.arrayContaining([
        { path: 'sources', problem: 'no-source' },
        { path: 'maxAmountKr', problem: 'bad-amount' },
        { path: 'ownFinancing.minPct', problem: 'bad-percent' },
        { path: 'deadlines.dates[0]', problem: 'bad-date' },
        { path: 'deadlines.yearly[0].month', problem: 'bad-month' },
        { path: 'deadlines.yearly[1].day', problem: 'bad-day' },
        { path: 'sections[1].id', problem: 'duplicate-id' },
      ]),
    )
    await nothingImported()
  })

  it('imports a good file, keeps it over a restart, refuses an older version and a changed same version', async () => {
    const file = join(env.dir, 'in.json')
    await writeFile(file, JSON.stringify({ ...good(), version: '2' }))
    expect((await store.importFrom(file)).version).toBe('2')
    const again = createFundProfileStore({ dataDir: env.dir, resourcesDir: RESOURCES })
    expect((await again.get('test-pulje')).maxAmountKr).toBe(50000)
    await writeFile(file, JSON.stringify({ ...good(), version: '1' }))
    expect(await refusal(await readFile(file, 'utf8'))).toEqual([
      { path: 'version', problem: 'older-version' },
    ])
    await writeFile(file, JSON.stringify({ ...good(), version: '2', maxAmountKr: 1 }))
    expect(await refusal(await readFile(file, 'utf8'))).toEqual([
      { path: 'version', problem: 'version-conflict' },
    ])
    expect((await again.get('test-pulje')).maxAmountKr).toBe(50000)
  })

  it('a rule the source does not state stays out of the profile', async () => {
    const loa = await store.get('loa-puljeprojekter')
    expect(loa.volunteerHours).toBeUndefined()
    expect(loa.ownFinancing).toBeUndefined()
    expect(loa.maxAmountKr).toBe(400000)
  })
})
