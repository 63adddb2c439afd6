import { readdir, readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { afterEach, expect, it } from 'vitest'
import { createBackend } from '../../../src/main/backend'
import { danishDoc, RESOURCES_DIR, tempBackend } from '../backend/support/tempBackend'
import { faultyFs, unwritableFs } from './support/faultyFs'

let env: Awaited<ReturnType<typeof tempBackend>>
afterEach(() => env.cleanup())

const base = { council: '', kind: 'council' as const, villages: [], municipality: '', templateId: 'blank' }

/** Two plans, the second one's file truncated on disk as a crash of some other program might leave it. */
async function oneGoodOneCorrupt() {
  env = await tempBackend()
  const good = await env.backend.plans.create({ ...base, title: 'Den gode plan' }, null, null)
  const bad = await env.backend.plans.create({ ...base, title: 'Hestlund 2030' }, null, null)
  await env.backend.plans.save({ id: good.id, rev: 0, doc: danishDoc })
  const badPath = join(env.dataDir, 'plans', `${bad.id}.json`)
  const corrupted = (await readFile(badPath, 'utf8')).slice(0, -9)
  await writeFile(badPath, corrupted)
  await env.backend.close()
  return { good, bad, badPath, corrupted }
}

it('a plan set aside while library.json cannot be written (full disk) is still reported, now and after a restart', async () => {
  const { good, bad, corrupted } = await oneGoodOneCorrupt()
  const full = faultyFs()
  full.state.failWith = 'ENOSPC'
  full.state.where = (p) => p.includes('library.json')
  const backend = await createBackend({ dataDir: env.dataDir, resourcesDir: RESOURCES_DIR, fs: full.fs })
  try {
    const list = await backend.plans.list()
    expect(list.plans.map((p) => p.id)).toEqual([good.id])
    expect(list.quarantined).toMatchObject([{ id: bad.id, title: 'Hestlund 2030', reason: 'not-json' }])
    expect(full.state.refused).toBeGreaterThan(0)
  } finally {
    await backend.close()
  }

  // Nothing in library.json knows of it: the notice comes back from quarantine/ itself.
  const again = await env.restart()
  const notices = (await again.plans.list()).quarantined
  expect(notices).toMatchObject([{ id: bad.id, title: 'Hestlund 2030', reason: 'not-json' }])
  expect(await readFile(notices[0].movedTo, 'utf8')).toBe(corrupted)

  // Dismissed, it stays dismissed; the file stays in quarantine/.
  await again.plans.dismissQuarantined(bad.id)
  expect((await again.plans.list()).quarantined).toEqual([])
  expect((await (await env.restart()).plans.list()).quarantined).toEqual([])
  expect(await readdir(join(env.dataDir, 'quarantine'))).toHaveLength(1)
})

it('a corrupt plan on a read-only folder is reported where it is, not hidden, and not touched', async () => {
  const { good, bad, badPath, corrupted } = await oneGoodOneCorrupt()
  const backend = await createBackend({
    dataDir: env.dataDir,
    resourcesDir: RESOURCES_DIR,
    fs: unwritableFs(env.dataDir),
  })
  try {
    expect(backend.dataFolder.readOnly).toBe(true)
    const list = await backend.plans.list()
    expect(list.plans.map((p) => p.id)).toEqual([good.id])
    expect(list.quarantined).toMatchObject([
      { id: bad.id, title: 'Hestlund 2030', reason: 'not-json', movedTo: badPath, inPlace: true },
    ])
    await expect(backend.plans.get(bad.id)).rejects.toMatchObject({
      code: 'invalid-file',
      details: { id: bad.id, inPlace: true },
    })
  } finally {
    await backend.close()
  }
  expect(await readFile(badPath, 'utf8')).toBe(corrupted)
  expect(await readdir(env.dataDir)).not.toContain('quarantine')
  // Writable again, the same file is set aside as usual.
  const writable = await env.restart()
  expect((await writable.plans.list()).quarantined).toMatchObject([{ id: bad.id, title: 'Hestlund 2030' }])
  expect(await readdir(join(env.dataDir, 'plans'))).not.toContain(`${bad.id}.json`)
})

it('a plan file that cannot be read (no permission) is reported, not left out as if it did not exist', async () => {
  const { good, bad, badPath } = await oneGoodOneCorrupt()
  const denied = faultyFs()
  const fs = {
    ...denied.fs,
    readFile: ((path: string, ...rest: unknown[]) =>
      path === badPath
        ? Promise.reject(Object.assign(new Error('EACCES: permission denied'), { code: 'EACCES' }))
        : (denied.fs.readFile as (...a: unknown[]) => Promise<Buffer>)(
            path,
            ...rest,
          )) as typeof denied.fs.readFile,
  }
  const backend = await createBackend({ dataDir: env.dataDir, resourcesDir: RESOURCES_DIR, fs })
  try {
    const list = await backend.plans.list()
    expect(list.plans.map((p) => p.id)).toEqual([good.id])
    expect(list.quarantined).toMatchObject([
      { id: bad.id, reason: 'unreadable', movedTo: badPath, inPlace: true },
    ])
    await expect(backend.plans.get(bad.id)).rejects.toMatchObject({ code: 'permission-denied' })
  } finally {
    await backend.close()
  }
})
