import { readFile, readdir, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { createCatalogueStore } from '../../../src/main/backend/catalogues/store'
import { catalogueHandlers } from '../../../src/main/handlers/catalogues'
import { MAX_CATALOGUE_BYTES } from '../../../src/shared/model/catalogueValidation'
import { RESOURCES, ownCatalogue, scriptedHost, tempDir } from './helpers'
import { DEFAULT_SETTINGS } from '../../../src/shared/model/settings'

describe('catalogue import and export through the handlers', () => {
  let dir: string
  let cleanup: () => Promise<void>
  beforeEach(async () => ({ dir, cleanup } = await tempDir()))
  afterEach(() => cleanup())

  function setup() {
    const catalogues = createCatalogueStore({ dataDir: join(dir, 'data'), resourcesDir: RESOURCES })
    const noPlans = { updateMeta: async () => Promise.reject(new Error('unused')) }
    const settings = { get: async () => ({ ...DEFAULT_SETTINGS, personalWords: [] }) }
    const { host, answers, asked } = scriptedHost()
    return {
      catalogues,
      answers,
      asked,
      api: catalogueHandlers({ catalogues, plans: noPlans, settings }, host),
    }
  }
  const userFiles = async () => readdir(join(dir, 'data', 'catalogues')).catch(() => [] as string[])

  it('exports under "<municipality> - <title> - v<version>.json" and imports the file elsewhere', async () => {
    const a = setup()
    await a.api['catalogues.save']({ catalogue: ownCatalogue() })
    a.answers.save = join(dir, 'out.json')
    expect(await a.api['catalogues.export']({ id: 'billund-2015' })).toEqual({
      status: 'saved',
      path: a.answers.save,
    })
    expect(a.asked.save).toEqual(['Billund Kommune - Landdistriktspolitik - v1.json'])

    await cleanupData()
    const b = setup()
    b.answers.open = join(dir, 'out.json')
    expect(await b.api['catalogues.import']()).toEqual({ status: 'imported', catalogue: ownCatalogue() })
    expect(await b.api['catalogues.get']({ id: 'billund-2015' })).toEqual(ownCatalogue())
  })
  const cleanupData = () =>
    import('node:fs/promises').then((f) => f.rm(join(dir, 'data'), { recursive: true }))

  it('reports cancelled dialogs as cancelled', async () => {
    const a = setup()
    expect(await a.api['catalogues.export']({ id: 'lag-vejen' })).toEqual({ status: 'cancelled' })
    expect(await a.api['catalogues.import']()).toEqual({ status: 'cancelled' })
  })

  it('refuses broken files and imports nothing', async () => {
    const a = setup()
    const cases: [string, string][] = [
      ['not json', 'not-json'],
      [JSON.stringify({ hello: 'world' }), 'not-a-catalogue'],
      [' '.repeat(MAX_CATALOGUE_BYTES + 1), 'too-large'],
    ]
    for (const [text, problem] of cases) {
      await writeFile(join(dir, 'in.json'), text)
      a.answers.open = join(dir, 'in.json')
      await expect(a.api['catalogues.import']()).rejects.toMatchObject({
        code: 'invalid-catalogue',
        details: [{ path: '', problem }],
      })
    }
    expect(await userFiles()).toEqual([])
  })

  it('replaces a catalogue with a newer version, repeats harmlessly, refuses older or conflicting ones', async () => {
    const a = setup()
    await a.api['catalogues.save']({ catalogue: ownCatalogue({ version: '2' }) })
    a.answers.open = join(dir, 'in.json')
    const importing = async (c: object) => {
      await writeFile(a.answers.open!, JSON.stringify(c))
      return a.api['catalogues.import']()
    }
    await expect(importing(ownCatalogue({ version: '1' }))).rejects.toMatchObject({
      details: [{ path: 'version', problem: 'older-version' }],
    })
    await expect(importing(ownCatalogue({ version: '2', title: 'Anden titel' }))).rejects.toMatchObject({
      details: [{ path: 'version', problem: 'version-conflict' }],
    })
    expect(await importing(ownCatalogue({ version: '2' }))).toMatchObject({ status: 'imported' })
    expect(await importing(ownCatalogue({ version: '3', title: 'Revideret' }))).toMatchObject({
      status: 'imported',
    })
    const stored = JSON.parse(await readFile(join(dir, 'data', 'catalogues', 'billund-2015.json'), 'utf8'))
    expect([stored.version, stored.title]).toEqual(['3', 'Revideret'])
  })

  it('imports a newer version of a shipped catalogue', async () => {
    const a = setup()
    const shipped = await a.api['catalogues.get']({ id: 'lag-vejen' })
    await writeFile(join(dir, 'in.json'), JSON.stringify({ ...shipped, version: '2' }))
    a.answers.open = join(dir, 'in.json')
    await a.api['catalogues.import']()
    const listed = (await a.api['catalogues.list']()).filter((c) => c.id === 'lag-vejen')
    expect(listed).toEqual([expect.objectContaining({ version: '2', builtIn: false })])
  })
})
