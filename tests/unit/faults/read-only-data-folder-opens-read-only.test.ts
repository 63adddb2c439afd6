import { mkdtemp, readFile, readdir, rm, stat } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, expect, it } from 'vitest'
import { createBackend } from '../../../src/main/backend'
import { createHandlers } from '../../../src/main/handlers'
import { dispatch } from '../../../src/main/backend/dispatch'
import { RESOURCES_DIR, testHost } from '../backend/support/tempBackend'
import { unwritableFs } from './support/faultyFs'

const dirs: string[] = []
afterEach(async () => {
  for (const d of dirs.splice(0)) await rm(d, { recursive: true, force: true })
})

const blank = {
  title: 'Bøvl',
  council: 'Bøvl Lokalråd',
  kind: 'council' as const,
  villages: [],
  municipality: '',
}
const doc = (text: string) => ({
  type: 'doc' as const,
  content: [{ type: 'paragraph', content: [{ type: 'text', text }] }],
})

// Tests run as root, and chmod -w does not stop root: the read-only disk is simulated by a file
// system that answers EROFS (and, second case, EACCES) to every write inside the data folder.
for (const errno of ['EROFS', 'EACCES']) {
  it(`a data folder that answers ${errno} opens read-only: plans read, saves refused, nothing written, export works`, async () => {
    const dataDir = await mkdtemp(join(tmpdir(), 'pv-ro-'))
    const outDir = await mkdtemp(join(tmpdir(), 'pv-ro-out-'))
    dirs.push(dataDir, outDir)
    const setup = await createBackend({ dataDir, resourcesDir: RESOURCES_DIR })
    const plan = await setup.plans.create({ ...blank, templateId: 'blank' }, null, null)
    await setup.plans.save({ id: plan.id, rev: plan.rev, doc: doc('Vi vil have en ny legeplads.') })
    await setup.close()
    const file = join(dataDir, 'plans', `${plan.id}.json`)
    const before = await readFile(file, 'utf8')
    const filesBefore = await readdir(dataDir, { recursive: true })

    const backend = await createBackend({
      dataDir,
      resourcesDir: RESOURCES_DIR,
      fs: unwritableFs(dataDir, errno),
    })
    const host = testHost()
    const target = join(outDir, 'plan.docx')
    host.showSaveDialog = async () => target
    const handlers = createHandlers(backend, host)
    try {
      const info = await dispatch(handlers, 'app.info', undefined)
      expect(info).toMatchObject({ ok: true, value: { readOnly: true } })
      const list = await dispatch(handlers, 'plans.list', undefined)
      expect(list.ok && (list.value as { plans: { id: string }[] }).plans.map((p) => p.id)).toEqual([plan.id])
      const got = await backend.plans.get(plan.id)
      expect(JSON.stringify(got.doc)).toContain('legeplads')

      const save = await dispatch(handlers, 'plans.save', { id: plan.id, rev: got.rev, doc: doc('Ny tekst') })
      expect(save).toMatchObject({ ok: false, error: { code: 'read-only' } })
      const create = await dispatch(handlers, 'plans.create', { title: 'Ny' })
      expect(create).toMatchObject({ ok: false, error: { code: 'read-only' } })

      // The Word file goes to a folder the user chose, outside the data folder: that still works.
      const exported = await dispatch(handlers, 'plans.exportDocx', { id: plan.id })
      expect(exported).toMatchObject({ ok: true, value: { status: 'saved', path: target } })
      expect((await stat(target)).size).toBeGreaterThan(1000)
    } finally {
      await backend.close()
    }
    expect(await readFile(file, 'utf8')).toBe(before)
    expect((await readdir(dataDir, { recursive: true })).sort()).toEqual(filesBefore.sort())
  })
}

it('a data folder that cannot be created at all is still a clear error, not a read-only app on nothing', async () => {
  const parent = await mkdtemp(join(tmpdir(), 'pv-ro-missing-'))
  dirs.push(parent)
  const dataDir = join(parent, 'never')
  await expect(
    createBackend({ dataDir, resourcesDir: RESOURCES_DIR, fs: unwritableFs(parent) }),
  ).rejects.toMatchObject({ code: 'read-only' })
})
