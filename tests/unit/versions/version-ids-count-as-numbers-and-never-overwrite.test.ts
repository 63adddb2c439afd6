import { readFile, rm, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { afterEach, expect, it } from 'vitest'
import type { Plan } from '../../../src/shared/model/plan'
import type { VersionSummary } from '../../../src/shared/model/versions'
import { realFs, type Fs } from '../../../src/main/backend/store/fsFacade'
import { writeNewFile } from '../../../src/main/backend/versions/writeNewFile'
import { createVersionStore } from '../../../src/main/backend/versions/versionStore'
import { clockedBackend, newPlan } from './support'

let env: Awaited<ReturnType<typeof clockedBackend>>
afterEach(() => env.cleanup())

it('numbers versions past v-999999 as numbers: v-1000000 follows, is listed newest, and is never overwritten', async () => {
  env = await clockedBackend()
  const plan = await env.call<Plan>('plans.create', newPlan)
  const first = await env.call<VersionSummary>('versions.create', { id: plan.id, name: 'Første' })
  // A plan with 999,999 versions behind it: the first one's file, renumbered by hand.
  const dir = join(env.dataDir, 'backups', plan.id, 'versions')
  const file = JSON.parse(await readFile(join(dir, `${first.id}.json`), 'utf8'))
  await writeFile(join(dir, 'v-999999.json'), JSON.stringify({ ...file, id: 'v-999999' }))
  await rm(join(dir, `${first.id}.json`))

  const a = await env.call<VersionSummary>('versions.create', { id: plan.id, name: 'Sendt til kommunen' })
  const b = await env.call<VersionSummary>('versions.create', { id: plan.id, name: 'Vedtaget' })
  expect([a.id, b.id]).toEqual(['v-1000000', 'v-1000001'])

  await env.restart()
  const listed = await env.call<VersionSummary[]>('versions.list', { id: plan.id })
  expect(listed.map((v) => [v.id, v.name])).toEqual([
    ['v-1000001', 'Vedtaget'],
    ['v-1000000', 'Sendt til kommunen'],
    ['v-999999', 'Første'],
  ])
})

it('refuses to write a version file over one that exists, and leaves it as it was', async () => {
  env = await clockedBackend()
  const path = join(env.dataDir, 'v-000001.json')
  await writeFile(path, 'the version the user kept')
  await expect(writeNewFile(realFs, path, 'something else')).rejects.toMatchObject({ code: 'invalid-input' })
  expect(await readFile(path, 'utf8')).toBe('the version the user kept')
})

it('a version store that misses a file in its listing refuses rather than write over that version', async () => {
  env = await clockedBackend()
  const plan = await env.call<Plan>('plans.create', newPlan)
  const kept = await env.call<VersionSummary>('versions.create', { id: plan.id, name: 'Sendt til kommunen' })
  const path = join(env.dataDir, 'backups', plan.id, 'versions', `${kept.id}.json`)
  const before = await readFile(path, 'utf8')
  // As if another writer had just made it: the listing does not show it yet.
  const blindFs: Fs = { ...realFs, readdir: (async () => []) as unknown as Fs['readdir'] }
  const store = createVersionStore({ fs: blindFs, dataDir: env.dataDir })
  const { readOnly: _ro, ...file } = await env.backend.plans.get(plan.id)
  await expect(store.create(file, 'Andet navn')).rejects.toMatchObject({ code: 'invalid-input' })
  expect(await readFile(path, 'utf8')).toBe(before)
})
