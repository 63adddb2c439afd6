import { mkdtemp, readdir, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, expect, it } from 'vitest'
import { createBackend } from '../../../src/main/backend'
import { createHandlers } from '../../../src/main/handlers'
import { dispatch } from '../../../src/main/backend/dispatch'
import { RESOURCES_DIR, testHost } from '../backend/support/tempBackend'
import { unwritableFs } from '../faults/support/faultyFs'

const dirs: string[] = []
afterEach(async () => {
  for (const d of dirs.splice(0)) await rm(d, { recursive: true, force: true })
})

// Tests run as root, where chmod -w stops nothing: the read-only disk is a file system that answers
// EROFS to every write inside the data folder. The backend then hands out its read-only Fs, and the
// review store must write through it, never past it with node:fs.
it('marking a comment handled on a read-only data folder is refused as read-only and writes nothing', async () => {
  const dataDir = await mkdtemp(join(tmpdir(), 'pv-ro-reviews-'))
  dirs.push(dataDir)
  const setup = await createBackend({ dataDir, resourcesDir: RESOURCES_DIR })
  const plan = await setup.plans.create(
    { title: 'Bøvl', council: '', kind: 'council', villages: [], municipality: '', templateId: 'blank' },
    null,
    null,
  )
  await setup.close()
  const filesBefore = (await readdir(dataDir, { recursive: true })).sort()

  const backend = await createBackend({ dataDir, resourcesDir: RESOURCES_DIR, fs: unwritableFs(dataDir) })
  try {
    expect(backend.dataFolder.readOnly).toBe(true)
    const handlers = createHandlers(backend, testHost())
    const result = await dispatch(handlers, 'reviews.setHandled', {
      planId: plan.id,
      commentId: 'c-1',
      handled: true,
    })
    expect(result).toMatchObject({ ok: false, error: { code: 'read-only' } })
  } finally {
    await backend.close()
  }
  expect((await readdir(dataDir, { recursive: true })).sort()).toEqual(filesBefore)
})
