import { readFile, readdir, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { createCatalogueStore } from '../../../src/main/backend/catalogues/store'
import { RESOURCES, ownCatalogue, tempDir } from './helpers'

describe('catalogue store', () => {
  let dir: string
  let cleanup: () => Promise<void>
  beforeEach(async () => ({ dir, cleanup } = await tempDir()))
  afterEach(() => cleanup())

  const open = () => createCatalogueStore({ dataDir: dir, resourcesDir: RESOURCES })

  it('lists the shipped catalogues as built in', async () => {
    const list = await open().list()
    expect(list.map((c) => [c.id, c.builtIn])).toEqual([
      ['kalundborg-kommuneplan-2017', true],
      ['lag-vejen', true],
      ['lf-landdistriktsplan-2024', true],
    ])
    expect(list.find((c) => c.id === 'lag-vejen')?.focusAreaCount).toBe(4)
  })

  it('saves a user catalogue to its own file and reads it back after a restart', async () => {
    await open().save(ownCatalogue())
    const file = JSON.parse(await readFile(join(dir, 'catalogues', 'billund-2015.json'), 'utf8'))
    expect(file.title).toBe('Landdistriktspolitik')
    const again = open()
    expect(await again.get('billund-2015')).toEqual(ownCatalogue())
    expect((await again.list()).find((c) => c.id === 'billund-2015')?.builtIn).toBe(false)
    expect((await readdir(join(dir, 'catalogues'))).filter((n) => n.endsWith('.tmp'))).toEqual([])
  })

  it('refuses to save duplicate ids and leaves the old file alone', async () => {
    const store = open()
    await store.save(ownCatalogue())
    const a = ownCatalogue().focusAreas[0]
    await expect(store.save(ownCatalogue({ version: '2', focusAreas: [a, a] }))).rejects.toMatchObject({
      code: 'invalid-catalogue',
      details: [{ path: 'focusAreas[1].id', problem: 'duplicate-id' }],
    })
    expect((await store.get('billund-2015')).version).toBe('1')
  })

  it('keeps shipped catalogues read-only but lets a newer version stand in front', async () => {
    const store = open()
    const shipped = await store.get('lag-vejen')
    await expect(store.save({ ...shipped, title: 'Ændret' })).rejects.toMatchObject({ code: 'read-only' })
    await expect(store.delete('lag-vejen')).rejects.toMatchObject({ code: 'read-only' })
    await store.save({ ...shipped, version: '2', title: 'Ny udgave' })
    expect((await store.get('lag-vejen')).title).toBe('Ny udgave')
    await store.delete('lag-vejen')
    expect((await store.get('lag-vejen')).version).toBe('1')
  })

  it('deletes a user catalogue and says so when it is gone', async () => {
    const store = open()
    await store.save(ownCatalogue())
    await store.delete('billund-2015')
    await expect(store.get('billund-2015')).rejects.toMatchObject({ code: 'not-found' })
    await expect(store.delete('billund-2015')).rejects.toMatchObject({ code: 'not-found' })
  })

  it('skips a user catalogue file that was damaged by hand instead of failing the list', async () => {
    const store = open()
    await store.save(ownCatalogue())
    await writeFile(join(dir, 'catalogues', 'billund-2015.json'), '{ broken')
    expect((await store.list()).map((c) => c.id)).not.toContain('billund-2015')
  })
})
