import { readdir } from 'node:fs/promises'
import { join } from 'node:path'
import { afterEach, expect, it } from 'vitest'
import type { ListResult } from '../../../src/shared/api'
import type { Plan } from '../../../src/shared/model/plan'
import type { BackupSummary, VersionSummary } from '../../../src/shared/model/versions'
import { laptop, pngBytes } from '../packages/support'
import { fullPlan, trashList, type Laptop } from './support'

let pc: Laptop
afterEach(() => pc.cleanup())

it('lists a deleted plan with its title, council, words and the time it was deleted', async () => {
  pc = await laptop()
  const { plan } = await fullPlan(pc, 'Bøvl 2030', 'Æbletræerne ved åen er vores stolthed.')
  expect(await trashList(pc)).toEqual([])
  const before = Date.now()
  await pc.call('plans.delete', { id: plan.id })
  const after = Date.now()

  const [entry, ...rest] = await trashList(pc)
  expect(rest).toEqual([])
  expect(entry).toMatchObject({
    kind: 'plan',
    planId: plan.id,
    title: 'Bøvl 2030',
    council: 'Bøvl Lokalråd',
    words: 6,
  })
  if (entry.kind !== 'plan') return
  expect(entry.trashId.startsWith(`${plan.id}.`)).toBe(true)
  const at = Date.parse(entry.deletedAt!)
  expect(at).toBeGreaterThanOrEqual(before)
  expect(at).toBeLessThanOrEqual(after)
})

it('restore brings back the text, the image, the backups and the named versions, under the same id', async () => {
  pc = await laptop()
  const { plan, image } = await fullPlan(pc, 'Bøvl 2030', 'Æbletræerne ved åen er vores stolthed.')
  const backupsBefore = await pc.call<BackupSummary[]>('backups.list', { id: plan.id })
  expect(backupsBefore.length).toBeGreaterThan(0)
  await pc.call('plans.delete', { id: plan.id })
  expect((await pc.call<ListResult>('plans.list')).plans).toEqual([])
  const [entry] = await trashList(pc)

  const back = await pc.call('trash.restore', { trashId: entry.trashId })
  expect(back).toEqual({ planId: plan.id, title: 'Bøvl 2030' })
  expect((await pc.call<ListResult>('plans.list')).plans.map((p) => p.id)).toEqual([plan.id])
  const restored = await pc.call<Plan>('plans.get', { id: plan.id })
  expect(restored.doc).toEqual(plan.doc)
  expect(restored.rev).toBe(plan.rev)
  expect(await pc.backend.assets.readAsset(plan.id, image)).toEqual(
    new Uint8Array(pngBytes('Bøvl 2030'.length)),
  )
  expect(await pc.call<BackupSummary[]>('backups.list', { id: plan.id })).toEqual(backupsBefore)
  const versions = await pc.call<VersionSummary[]>('versions.list', { id: plan.id })
  expect(versions.map((v) => v.name)).toEqual(['Sendt til kommunen'])
  expect(await trashList(pc)).toEqual([])
  expect(await readdir(join(pc.dataDir, 'trash'))).toEqual([])

  // It is a plan like any other again: it saves, and it survives a restart.
  await pc.call('plans.rename', { id: plan.id, title: 'Bøvl 2031' })
  await pc.restart()
  expect((await pc.call<Plan>('plans.get', { id: plan.id })).meta.title).toBe('Bøvl 2031')
})

it('restores one of two deleted plans and leaves the other in the trash', async () => {
  pc = await laptop()
  const a = await fullPlan(pc, 'Ålum', 'Første plan.')
  const b = await fullPlan(pc, 'Bøvl', 'Anden plan.')
  await pc.call('plans.delete', { id: a.plan.id })
  await pc.call('plans.delete', { id: b.plan.id })
  const ofB = (await trashList(pc)).find((e) => e.kind === 'plan' && e.planId === b.plan.id)!
  await pc.call('trash.restore', { trashId: ofB.trashId })
  expect((await pc.call<ListResult>('plans.list')).plans.map((p) => p.title)).toEqual(['Bøvl'])
  expect((await trashList(pc)).map((e) => e.kind === 'plan' && e.title)).toEqual(['Ålum'])
})
