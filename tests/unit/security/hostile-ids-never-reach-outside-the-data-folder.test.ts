import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { createBackend, type Backend } from '../../../src/main/backend'
import { createHandlers } from '../../../src/main/handlers'
import { dispatch } from '../../../src/main/backend/dispatch'
import { createCatalogueStore } from '../../../src/main/backend/catalogues/store'
import { PlanPaths } from '../../../src/main/backend/plans/planPaths'
import { isInside, joinInside } from '../../../src/main/backend/store/insidePath'
import { AppError } from '../../../src/shared/model/errors'
import { RESOURCES_DIR, testHost } from '../backend/support/tempBackend'

const HOSTILE = [
  '../../x',
  '../x',
  '..\\x',
  '..\\..\\x',
  '%2e%2e',
  '%2e%2e%2fx',
  '..',
  '.',
  '/tmp/x',
  'C:\\x',
  'C:x',
  'x\0',
  'a/../../x',
  '',
]

// The data folder sits inside `outside`, and outside/x.json is a real catalogue: before ids were
// checked, catalogues/../../x resolved to exactly that file, and delete removed it.
let outside: string
let dataDir: string
let sentinel: string
let sentinelText: string
let backend: Backend
let outDir: string

beforeEach(async () => {
  outside = await mkdtemp(join(tmpdir(), 'pv-hostile-id-'))
  dataDir = join(outside, 'data')
  await mkdir(join(dataDir, 'catalogues'), { recursive: true })
  const catalogue = JSON.parse(await readFile(join(RESOURCES_DIR, 'catalogues', 'lag-vejen.json'), 'utf8'))
  sentinelText = JSON.stringify({ ...catalogue, id: 'x' })
  sentinel = join(outside, 'x.json')
  await writeFile(sentinel, sentinelText)
  outDir = await mkdtemp(join(tmpdir(), 'pv-hostile-out-'))
  backend = await createBackend({ dataDir, resourcesDir: RESOURCES_DIR })
})
afterEach(async () => {
  await backend.close()
  await rm(outside, { recursive: true, force: true })
  await rm(outDir, { recursive: true, force: true })
})

describe('catalogue ids that try to leave the data folder', () => {
  for (const command of ['catalogues.get', 'catalogues.delete', 'catalogues.export'] as const) {
    it(`${command} refuses each with invalid-input at the contract, and the file outside survives`, async () => {
      const host = testHost()
      host.showSaveDialog = async () => join(outDir, 'out.json')
      const handlers = createHandlers(backend, host)
      for (const id of HOSTILE) {
        const result = await dispatch(handlers, command, { id })
        expect(result, JSON.stringify(id)).toMatchObject({ ok: false, error: { code: 'invalid-input' } })
      }
      expect(await readFile(sentinel, 'utf8')).toBe(sentinelText)
    })
  }

  it('the store refuses them too, typed, when called past the contract', async () => {
    const store = createCatalogueStore({ dataDir, resourcesDir: RESOURCES_DIR })
    for (const id of HOSTILE) {
      for (const call of [
        () => store.get(id),
        () => store.delete(id),
        () => store.exportTo(id, join(outDir, 'o.json')),
      ]) {
        const err = await call().then(
          () => null,
          (e: unknown) => e,
        )
        expect(err, JSON.stringify(id)).toBeInstanceOf(AppError)
        expect((err as AppError).code, JSON.stringify(id)).toBe('invalid-input')
      }
    }
    expect(await readFile(sentinel, 'utf8')).toBe(sentinelText)
  })
})

describe('every path the store builds from an id stays inside its folder', () => {
  it('plan, assets, backups and versions paths refuse a hostile plan id, typed', () => {
    const paths = new PlanPaths(dataDir)
    const builders = [paths.file, paths.folder, paths.assetsDir, paths.backupsDir, paths.versionsDir]
    for (const id of HOSTILE) {
      for (const build of builders) {
        expect(() => build.call(paths, id), JSON.stringify(id)).toThrow(AppError)
      }
    }
  })

  it('isInside: a sibling with the same prefix, the folder itself and .. are all outside', () => {
    const base = resolve(dataDir)
    expect(isInside(base, join(base, 'plans', 'a.json'))).toBe(true)
    expect(isInside(base, base)).toBe(false)
    expect(isInside(base, `${base}-old/plans/a.json`)).toBe(false)
    expect(isInside(base, join(base, '..', 'x.json'))).toBe(false)
    expect(isInside(base, join(base, 'plans\0', 'a.json'))).toBe(false)
    expect(() => joinInside(base, '..', 'x.json')).toThrow(AppError)
    expect(() => joinInside(base, 'a/../../x.json')).toThrow(AppError)
    expect(joinInside(base, 'plans', 'a.json')).toBe(join(base, 'plans', 'a.json'))
  })
})
