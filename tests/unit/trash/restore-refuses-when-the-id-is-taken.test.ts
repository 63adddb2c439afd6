import { mkdir } from 'node:fs/promises'
import { join } from 'node:path'
import { afterEach, expect, it } from 'vitest'
import type { ListResult } from '../../../src/shared/api'
import type { Plan } from '../../../src/shared/model/plan'
import { laptop } from '../packages/support'
import { filesUnder, fullPlan, trashList, type Laptop } from './support'

let pc: Laptop
afterEach(() => pc.cleanup())

it('a plan with the same id brought in again (from its plan file) is kept, and the trashed one stays in the trash', async () => {
  pc = await laptop()
  const { plan } = await fullPlan(pc, 'Bøvl 2030', 'Den slettede udgave.')
  await pc.call('plans.delete', { id: plan.id })
  // The same plan imported again from the USB stick: it has the id the trashed one had.
  const again: Plan = {
    ...plan,
    meta: { ...plan.meta, title: 'Bøvl 2030 fra stikket' },
    doc: { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'fra stikket' }] }] },
  }
  await pc.backend.plans.adopt(again)
  const trashBefore = await filesUnder(join(pc.dataDir, 'trash'))
  const plansBefore = await filesUnder(join(pc.dataDir, 'plans'))

  const [entry] = await trashList(pc)
  await expect(pc.call('trash.restore', { trashId: entry.trashId })).rejects.toMatchObject({
    code: 'invalid-file',
    details: { reason: 'trash-id-taken' },
  })
  expect(await filesUnder(join(pc.dataDir, 'trash'))).toEqual(trashBefore)
  expect(await filesUnder(join(pc.dataDir, 'plans'))).toEqual(plansBefore)
  expect((await pc.call<Plan>('plans.get', { id: plan.id })).meta.title).toBe('Bøvl 2030 fra stikket')

  // Once the other one is deleted too, this one can come back, and both were kept.
  await pc.call('plans.delete', { id: plan.id })
  expect(await trashList(pc)).toHaveLength(2)
  await pc.call('trash.restore', { trashId: entry.trashId })
  expect((await pc.call<ListResult>('plans.list')).plans.map((p) => p.title)).toEqual(['Bøvl 2030'])
  expect((await trashList(pc)).map((e) => e.kind === 'plan' && e.title)).toEqual(['Bøvl 2030 fra stikket'])
})

it('leftover images or backups under that id (a plan set aside) are never inherited', async () => {
  pc = await laptop()
  const { plan } = await fullPlan(pc, 'Bøvl 2030', 'Den slettede udgave.')
  await pc.call('plans.delete', { id: plan.id })
  const [entry] = await trashList(pc)
  for (const leftover of [join(pc.dataDir, 'plans', plan.id), join(pc.dataDir, 'backups', plan.id)]) {
    await mkdir(leftover, { recursive: true })
    await expect(pc.call('trash.restore', { trashId: entry.trashId })).rejects.toMatchObject({
      details: { reason: 'trash-id-taken' },
    })
    expect(await trashList(pc)).toEqual([entry])
    await pc.backend.fs.rm(leftover, { recursive: true })
  }
  await pc.call('trash.restore', { trashId: entry.trashId })
  expect((await pc.call<ListResult>('plans.list')).plans.map((p) => p.id)).toEqual([plan.id])
})
