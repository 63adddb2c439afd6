import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { afterEach, expect, it } from 'vitest'
import type { ListResult } from '../../../src/shared/api'
import type { TrashEntry } from '../../../src/shared/model/trash'
import { laptop } from '../packages/support'
import { filesUnder, fullPlan, trashList, type Laptop } from './support'

let pc: Laptop
afterEach(() => pc.cleanup())

const ID = '0a0a0a0a-1111-4222-8333-444444444444'
const STAMP = '2026-12-03T13-05-00-000Z'

it('a trashed file that cannot be read is listed as unreadable with its name, beside the good ones', async () => {
  pc = await laptop()
  const { plan } = await fullPlan(pc, 'Bøvl 2030', 'God plan.')
  await pc.call('plans.delete', { id: plan.id })
  const trash = join(pc.dataDir, 'trash')
  // Cut off half way (a pulled plug), a folder where a file should be, and a plan under a name the app never gives.
  await writeFile(
    join(trash, `${ID}.${STAMP}.json`),
    '{"schemaVersion":1,"id":"x","meta":{"title":"Ølby plan","cou',
  )
  await mkdir(join(trash, `${ID}.2026-12-02T10-00-00-000Z.json`))
  await writeFile(
    join(trash, 'min plan.json'),
    await readFile(
      join(
        trash,
        (await readdir(trash)).find((n) => n.startsWith(plan.id) && n.endsWith('.json'))!,
      ),
    ),
  )

  const entries = await trashList(pc)
  expect(entries).toHaveLength(4)
  const byName = (name: string) => entries.find((e) => e.kind === 'unreadable' && e.fileName === name)
  expect(byName(`${ID}.${STAMP}.json`)).toEqual<TrashEntry>({
    kind: 'unreadable',
    trashId: `${ID}.${STAMP}`,
    fileName: `${ID}.${STAMP}.json`,
    title: 'Ølby plan',
    deletedAt: '2026-12-03T13:05:00.000Z',
    problem: 'damaged',
  })
  expect(byName(`${ID}.2026-12-02T10-00-00-000Z.json`)).toMatchObject({ problem: 'read-failed', title: null })
  expect(byName('min plan.json')).toMatchObject({
    problem: 'foreign-name',
    trashId: null,
    title: 'Bøvl 2030',
    deletedAt: null,
  })
  expect(entries.filter((e) => e.kind === 'plan').map((e) => e.kind === 'plan' && e.title)).toEqual([
    'Bøvl 2030',
  ])

  // The damaged one cannot be restored, and trying moves nothing.
  const before = await filesUnder(pc.dataDir)
  await expect(pc.call('trash.restore', { trashId: `${ID}.${STAMP}` })).rejects.toMatchObject({
    code: 'invalid-file',
    details: { reason: 'trash-unreadable' },
  })
  expect(await filesUnder(pc.dataDir)).toEqual(before)
  await expect(pc.call('trash.restore', { trashId: `${ID}.2020-01-01T00-00-00-000Z` })).rejects.toMatchObject(
    {
      code: 'not-found',
      details: { reason: 'trash-entry-gone' },
    },
  )
})

it('emptying deletes every plan in the trash for good, says how many, and touches nothing else', async () => {
  pc = await laptop()
  const kept = await fullPlan(pc, 'Beholdes', 'Den bliver.')
  const a = await fullPlan(pc, 'Ålum', 'Første.')
  const b = await fullPlan(pc, 'Bøvl', 'Anden.')
  await pc.call('plans.delete', { id: a.plan.id })
  await pc.call('plans.delete', { id: b.plan.id })
  await writeFile(join(pc.dataDir, 'trash', `${ID}.${STAMP}.json`), 'ikke json')
  const outside = {
    plans: await filesUnder(join(pc.dataDir, 'plans')),
    backups: await filesUnder(join(pc.dataDir, 'backups')),
  }
  expect(await trashList(pc)).toHaveLength(3)

  expect(await pc.call('trash.empty')).toEqual({ removed: 3 })
  expect(await readdir(join(pc.dataDir, 'trash'))).toEqual([])
  expect(await trashList(pc)).toEqual([])
  expect(await filesUnder(join(pc.dataDir, 'plans'))).toEqual(outside.plans)
  expect(await filesUnder(join(pc.dataDir, 'backups'))).toEqual(outside.backups)
  expect((await pc.call<ListResult>('plans.list')).plans.map((p) => p.id)).toEqual([kept.plan.id])
  // An empty (or never made) trash empties to nothing.
  expect(await pc.call('trash.empty')).toEqual({ removed: 0 })
})

it('a fresh data folder has an empty trash', async () => {
  pc = await laptop()
  expect(await trashList(pc)).toEqual([])
  expect(await pc.call('trash.empty')).toEqual({ removed: 0 })
})
