import { readdir, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { createYearWheelStore, type YearWheelStore } from '../../../src/main/backend/yearWheels/store'
import { AppError } from '../../../src/shared/model/errors'
import { MAX_YEAR_WHEEL_BYTES } from '../../../src/shared/model/yearWheelValidation'
import { RESOURCES, tempDir } from '../catalogues/helpers'

const good = () => ({
  id: 'vejle-test',
  municipality: 'Testkommune',
  title: 'Årshjul',
  version: '1',
  source: { url: 'https://example.org/aarshjul', date: '2026-11-01', note: '' },
  events: [
    { id: 'dialog', name: 'Dialogmøde', kind: 'meeting', months: [10], who: 'Lokalråd', prepare: 'Status' },
    { id: 'pulje', name: 'Landdistriktspuljen', kind: 'deadline', months: [], dates: ['2027-03-01'] },
  ],
})

let env: { dir: string; cleanup: () => Promise<void> }
let store: YearWheelStore
beforeEach(async () => {
  env = await tempDir()
  store = createYearWheelStore({ dataDir: env.dir, resourcesDir: RESOURCES })
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
  expect((err as AppError).code).toBe('invalid-year-wheel')
  return (err as AppError).details as { path: string; problem: string }[]
}

async function nothingImported() {
  const names = await readdir(join(env.dir, 'year-wheels')).catch(() => [])
  expect(names).toEqual([])
  expect((await store.list()).map((w) => w.id)).toEqual(['billund-landdistrikter'])
}

describe('importing a year-wheel file', () => {
  it.each([
    ['{ not json', [{ path: '', problem: 'not-json' }]],
    [JSON.stringify({ id: 'x', focusAreas: [] }), [{ path: '', problem: 'not-a-year-wheel' }]],
    [' '.repeat(MAX_YEAR_WHEEL_BYTES + 1), [{ path: '', problem: 'too-large' }]],
  ])('refuses a file that is no year wheel, saying why (%#)', async (content, expected) => {
    expect(await refusal(content)).toEqual(expected)
    await nothingImported()
  })

  it('names every bad field by where it is, and takes in nothing of a file with one good event', async () => {
    const bad = good()
    const events = [
      bad.events[0],
      { id: 'a', name: 'Frist', kind: 'deadline', months: [13], dates: ['2027-02-30'] },
      { id: 'dialog', name: '', kind: 'party', months: [] },
    ]
    const problems = await refusal(JSON.stringify({ ...bad, version: '', events }))
    expect(problems).toEqual(
      expect.arrayContaining([
        { path: 'version', problem: 'missing-field' },
        { path: 'events[1].months[0]', problem: 'bad-month' },
        { path: 'events[1].dates[0]', problem: 'bad-date' },
        { path: 'events[2].name', problem: 'missing-field' },
        { path: 'events[2].kind', problem: 'bad-kind' },
        { path: 'events[2].id', problem: 'duplicate-id' },
        { path: 'events[2]', problem: 'no-time' },
      ]),
    )
    await nothingImported()
  })

  it('takes in a good file, and then replaces it only with a newer version', async () => {
    const file = join(env.dir, 'in.json')
    await writeFile(file, '\uFEFF' + JSON.stringify(good()))
    expect((await store.importFrom(file)).events).toHaveLength(2)
    // The same file again is a harmless repeat.
    await store.importFrom(file)

    await writeFile(file, JSON.stringify({ ...good(), title: 'Andet indhold' }))
    await expect(store.importFrom(file)).rejects.toMatchObject({
      details: [{ path: 'version', problem: 'version-conflict' }],
    })
    await writeFile(file, JSON.stringify({ ...good(), version: '0.9' }))
    await expect(store.importFrom(file)).rejects.toMatchObject({
      details: [{ path: 'version', problem: 'older-version' }],
    })
    await writeFile(file, JSON.stringify({ ...good(), version: '2', title: 'Nyt' }))
    expect((await store.importFrom(file)).title).toBe('Nyt')
    expect((await store.get('vejle-test')).version).toBe('2')
  })

  it('exports a file that imports again as the same wheel', async () => {
    const saved = await store.save(good() as never)
    const out = join(env.dir, 'out.json')
    await store.exportTo(saved.id, out)
    await store.delete(saved.id)
    expect(await store.importFrom(out)).toEqual(saved)
  })

  it('does not let the shipped wheel be saved over or deleted', async () => {
    const shipped = await store.get('billund-landdistrikter')
    await expect(store.save({ ...shipped, title: 'Ændret' })).rejects.toMatchObject({ code: 'read-only' })
    await expect(store.delete('billund-landdistrikter')).rejects.toMatchObject({ code: 'read-only' })
  })
})
