import { spawnSync } from 'node:child_process'
import { mkdir, mkdtemp, readdir, readFile, rm, stat, utimes, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, afterEach, describe, expect, it } from 'vitest'
import { createBackend, type Backend } from '../../../src/main/backend'
import { createHandlers } from '../../../src/main/handlers'
import { dispatch } from '../../../src/main/backend/dispatch'
import { processStartId } from '../../../src/main/backend/store/lockOwner'
import { RESOURCES_DIR, docSaying, testHost } from '../backend/support/tempBackend'
import { faultyFs, unwritableFs } from './support/faultyFs'
import { mountRefused, readOnlyMount, tmpfsDisk } from './support/realMounts'
import type { Fs } from '../../../src/main/backend/store/fsFacade'

const dirs: string[] = []
const undo: (() => void)[] = []
const open: Backend[] = []
afterEach(async () => {
  for (const b of open.splice(0)) await b.close()
  for (const u of undo.splice(0).reverse()) u()
  for (const d of dirs.splice(0)) await rm(d, { recursive: true, force: true })
})
afterAll(() => {
  for (const u of undo.splice(0).reverse()) u()
})

const newPlan = {
  title: 'Bøvl 2030',
  council: '',
  kind: 'council' as const,
  villages: [],
  municipality: '',
  templateId: 'blank',
}

/** A data folder (in `parent` when given) holding one saved plan, closed again. */
async function folderWithAPlan(parent?: string) {
  const dataDir = parent ? join(parent, 'data') : await mkdtemp(join(tmpdir(), 'pv-start-'))
  if (!parent) dirs.push(dataDir)
  const setup = await createBackend({ dataDir, resourcesDir: RESOURCES_DIR })
  const plan = await setup.plans.create(newPlan, null, null)
  await setup.plans.save({ id: plan.id, rev: 0, doc: docSaying('Vi vil have en ny legeplads.') })
  await setup.close()
  return { dataDir, plan, lock: join(dataDir, '.lock'), library: join(dataDir, 'library.json') }
}

async function start(dataDir: string, fs?: Fs) {
  const backend = await createBackend({ dataDir, resourcesDir: RESOURCES_DIR, fs })
  open.push(backend)
  const handlers = createHandlers(backend, testHost())
  const call = async (name: string, input?: unknown) => {
    const r = await dispatch(handlers, name, input)
    if (!r.ok) throw Object.assign(new Error(r.error.message), r.error)
    return r.value as never
  }
  return { backend, call }
}

const deadPid = () => spawnSync(process.execPath, ['-e', '0']).pid
const minutesAgo = (m: number) => new Date(Date.now() - m * 60_000)

describe('the lock does not trust a bare pid', () => {
  it.skipIf(process.platform !== 'linux')(
    'a lock whose pid now names another living process (reused after a crash) is taken over',
    async () => {
      const { dataDir, lock, plan } = await folderWithAPlan()
      // The parent of this test (vitest) is alive, but it is not the process that wrote this lock.
      await writeFile(lock, JSON.stringify({ pid: process.ppid, start: 'another-boot/12345', token: 'old' }))
      const { call } = await start(dataDir)
      expect(await call('app.info')).toMatchObject({ readOnly: false, startup: [] })
      expect(JSON.parse(await readFile(lock, 'utf8'))).toMatchObject({ pid: process.pid })
      expect(((await call('plans.get', { id: plan.id })) as { rev: number }).rev).toBe(1)
    },
  )

  it.skipIf(process.platform !== 'linux')(
    'a lock held by the living process that wrote it is refused, however long since its last heartbeat',
    async () => {
      const { dataDir, lock } = await folderWithAPlan()
      const start = await processStartId(process.ppid)
      await writeFile(lock, JSON.stringify({ pid: process.ppid, start, token: 'theirs' }))
      await utimes(lock, minutesAgo(30), minutesAgo(30))
      await expect(createBackend({ dataDir, resourcesDir: RESOURCES_DIR })).rejects.toMatchObject({
        code: 'file-locked',
      })
    },
  )

  it('where the start cannot be compared (an older lock, Windows), a lock nobody has touched for minutes is taken over', async () => {
    const { dataDir, lock } = await folderWithAPlan()
    await writeFile(lock, String(process.ppid))
    await utimes(lock, minutesAgo(10), minutesAgo(10))
    const { backend } = await start(dataDir)
    expect(backend.dataFolder.readOnly).toBe(false)
    expect(JSON.parse(await readFile(lock, 'utf8'))).toMatchObject({ pid: process.pid })
  })

  it('the owner touches its lock (the heartbeat) and removes only its own lock', async () => {
    const { dataDir, lock } = await folderWithAPlan()
    const { backend } = await start(dataDir)
    const mine = await readFile(lock, 'utf8')
    expect(JSON.parse(mine)).toMatchObject({ pid: process.pid, token: expect.any(String) })
    // Taken over by another process while we were thought gone: closing leaves its lock alone.
    const theirs = JSON.stringify({ pid: process.ppid, start: null, token: 'theirs' })
    await writeFile(lock, theirs)
    await backend.close()
    open.splice(0)
    expect(await readFile(lock, 'utf8')).toBe(theirs)
  })
})

describe.skipIf(mountRefused !== null)(
  `on a real read-only folder or full disk (${mountRefused ?? 'mount works'})`,
  () => {
    it('a read-only folder with a stale lock opens read-only instead of "in use by another program"', async () => {
      const { dataDir, lock, plan } = await folderWithAPlan()
      await writeFile(lock, JSON.stringify({ pid: deadPid(), start: null, token: 'crashed' }))
      const before = await readFile(lock, 'utf8')
      undo.push(readOnlyMount(dataDir).undo)
      const { call } = await start(dataDir)
      expect(await call('app.info')).toMatchObject({ readOnly: true })
      const list = (await call('plans.list')) as { plans: { id: string }[] }
      expect(list.plans.map((p) => p.id)).toEqual([plan.id])
      await expect(call('plans.save', { id: plan.id, rev: 1, doc: docSaying('ny') })).rejects.toMatchObject({
        code: 'read-only',
      })
      expect(await readFile(lock, 'utf8')).toBe(before)
    })

    it('a full disk opens read-only and says the disk is full; the plans read; no half lock is left', async () => {
      const disk = tmpfsDisk('1m')
      undo.push(disk.unmount)
      const { dataDir, plan, lock } = await folderWithAPlan(disk.dir)
      await writeFile(join(disk.dir, 'fyld'), Buffer.alloc(2 * 1024 * 1024)).catch(() => undefined)
      const { call } = await start(dataDir)
      expect(await call('app.info')).toMatchObject({ readOnly: true, startup: [{ kind: 'disk-full' }] })
      const got = (await call('plans.get', { id: plan.id })) as { doc: unknown }
      expect(JSON.stringify(got.doc)).toContain('legeplads')
      await expect(stat(lock)).rejects.toMatchObject({ code: 'ENOENT' })
    })

    it('a corrupt library.json on a full disk opens on default settings, says so, and is not written over', async () => {
      const disk = tmpfsDisk('1m')
      undo.push(disk.unmount)
      const { dataDir, library } = await folderWithAPlan(disk.dir)
      await writeFile(library, '{"settings": {"language": "en"')
      await writeFile(join(disk.dir, 'fyld'), Buffer.alloc(2 * 1024 * 1024)).catch(() => undefined)
      const { call } = await start(dataDir)
      expect(await call('settings.get')).toMatchObject({ language: 'da' })
      const list = (await call('plans.list')) as { plans: unknown[]; quarantined: unknown[] }
      expect(list.plans).toHaveLength(1)
      expect(list.quarantined).toMatchObject([
        { id: 'library', reason: 'not-json', movedTo: library, inPlace: true },
      ])
      expect(await readFile(library, 'utf8')).toBe('{"settings": {"language": "en"')
    })

    it('library.json that is a folder, on a read-only folder, opens and is reported where it is', async () => {
      const { dataDir, library } = await folderWithAPlan()
      await rm(library, { force: true })
      await mkdir(library)
      undo.push(readOnlyMount(dataDir).undo)
      const { call } = await start(dataDir)
      const list = (await call('plans.list')) as { plans: unknown[]; quarantined: unknown[] }
      expect(list.plans).toHaveLength(1)
      expect(list.quarantined).toMatchObject([{ id: 'library', reason: 'unreadable', inPlace: true }])
      expect((await stat(library)).isDirectory()).toBe(true)
    })
  },
)

it('the lock cannot be written for a full disk (injected): read-only, the notice, and no half lock', async () => {
  const { dataDir, lock, plan } = await folderWithAPlan()
  const full = faultyFs()
  full.state.failWith = 'ENOSPC'
  const { call } = await start(dataDir, full.fs)
  expect(await call('app.info')).toMatchObject({ readOnly: true, startup: [{ kind: 'disk-full' }] })
  expect(((await call('plans.list')) as { plans: { id: string }[] }).plans.map((p) => p.id)).toEqual([
    plan.id,
  ])
  await expect(stat(lock)).rejects.toMatchObject({ code: 'ENOENT' })
})

it('library.json that is a folder is set aside: the app opens on default settings and says so', async () => {
  const { dataDir, library } = await folderWithAPlan()
  await rm(library, { force: true })
  await mkdir(join(library, 'inside'), { recursive: true })
  const { call } = await start(dataDir)
  const list = (await call('plans.list')) as { plans: unknown[]; quarantined: { movedTo: string }[] }
  expect(list.plans).toHaveLength(1)
  expect(list.quarantined).toMatchObject([{ id: 'library', reason: 'unreadable' }])
  expect(await readdir(list.quarantined[0].movedTo)).toEqual(['inside'])
  expect(await call('settings.set', { language: 'en' })).toMatchObject({ language: 'en' })
  expect(JSON.parse(await readFile(library, 'utf8'))).toMatchObject({ settings: { language: 'en' } })
})

it('a corrupt library.json that cannot be moved aside (full disk) is never written over; once there is room it is', async () => {
  const { dataDir, library } = await folderWithAPlan()
  await writeFile(library, 'ikke json')
  const full = faultyFs()
  full.state.failWith = 'ENOSPC'
  full.state.where = (p) => p.includes('quarantine') || p.includes('library.json')
  const { call } = await start(dataDir, full.fs)
  expect(((await call('plans.list')) as { quarantined: unknown[] }).quarantined).toMatchObject([
    { id: 'library', reason: 'not-json', movedTo: library, inPlace: true },
  ])
  await expect(call('settings.set', { language: 'en' })).rejects.toMatchObject({ code: 'disk-full' })
  expect(await readFile(library, 'utf8')).toBe('ikke json')

  full.state.failWith = null
  expect(await call('settings.set', { language: 'en' })).toMatchObject({ language: 'en' })
  const list = (await call('plans.list')) as { quarantined: { movedTo: string; inPlace?: boolean }[] }
  expect(list.quarantined).toHaveLength(1)
  expect(list.quarantined[0].inPlace).toBeUndefined()
  expect(await readFile(list.quarantined[0].movedTo, 'utf8')).toBe('ikke json')
})

it('a corrupt library.json on a read-only folder opens on default settings, says so, and stays as it was', async () => {
  const { dataDir, library } = await folderWithAPlan()
  await writeFile(library, 'ikke json')
  const { call } = await start(dataDir, unwritableFs(dataDir))
  expect(await call('app.info')).toMatchObject({ readOnly: true })
  expect(((await call('plans.list')) as { quarantined: unknown[] }).quarantined).toMatchObject([
    { id: 'library', movedTo: library, inPlace: true },
  ])
  expect(await readFile(library, 'utf8')).toBe('ikke json')
})

it('a file where plans/ belongs is set aside and the folder made; the start says so', async () => {
  const { dataDir } = await folderWithAPlan()
  const plans = join(dataDir, 'plans')
  await rm(plans, { recursive: true })
  await writeFile(plans, 'en fil, ikke en mappe')
  const { call } = await start(dataDir)
  const info = (await call('app.info')) as { startup: { kind: string; movedTo: string }[] }
  expect(info.startup).toMatchObject([
    { kind: 'plans-folder-blocked', path: plans, movedTo: expect.any(String) },
  ])
  expect(await readFile(info.startup[0].movedTo, 'utf8')).toBe('en fil, ikke en mappe')
  expect(((await call('plans.list')) as { plans: unknown[] }).plans).toEqual([])
  expect(await call('plans.create', { title: 'Ny' })).toMatchObject({ rev: 0 })
})

it('a file where plans/ belongs, on a read-only folder, is left there and reported; the list is empty, not an error', async () => {
  const { dataDir } = await folderWithAPlan()
  const plans = join(dataDir, 'plans')
  await rm(plans, { recursive: true })
  await writeFile(plans, 'en fil')
  const { call } = await start(dataDir, unwritableFs(dataDir))
  expect(await call('app.info')).toMatchObject({
    readOnly: true,
    startup: [{ kind: 'plans-folder-blocked', path: plans, movedTo: null }],
  })
  expect(await call('plans.list')).toMatchObject({ plans: [] })
  expect(await readFile(plans, 'utf8')).toBe('en fil')
})
