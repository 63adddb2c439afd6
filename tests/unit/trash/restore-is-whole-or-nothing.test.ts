import { join } from 'node:path'
import { afterEach, expect, it } from 'vitest'
import type { ListResult } from '../../../src/shared/api'
import type { Plan } from '../../../src/shared/model/plan'
import type { VersionSummary } from '../../../src/shared/model/versions'
import { faultyFs } from '../faults/support/faultyFs'
import { laptop } from '../packages/support'
import { filesUnder, fullPlan, trashList, type Laptop } from './support'

let pc: Laptop
afterEach(() => pc.cleanup())

// The parts go back backups first, images second, the plan file last; a failure at each later step
// must take back the earlier ones.
for (const failing of ['the plan file', 'the images'] as const) {
  it(`when moving ${failing} back fails, the parts already moved go back to the trash`, async () => {
    const faults = faultyFs()
    pc = await laptop({ fs: () => faults.fs })
    const { plan } = await fullPlan(pc, 'Bøvl 2030', 'Teksten, der skal komme igen.')
    await pc.call('plans.delete', { id: plan.id })
    const [entry] = await trashList(pc)
    const trashBefore = await filesUnder(join(pc.dataDir, 'trash'))
    expect(Object.keys(trashBefore).some((k) => k.includes('.backups'))).toBe(true)
    expect(Object.keys(trashBefore).some((k) => k.includes('.assets'))).toBe(true)

    const target =
      failing === 'the plan file'
        ? join(pc.dataDir, 'plans', `${plan.id}.json`)
        : join(pc.dataDir, 'plans', plan.id)
    faults.state.where = (p) => p === target
    faults.state.failWith = 'ENOSPC'
    await expect(pc.call('trash.restore', { trashId: entry.trashId })).rejects.toMatchObject({
      code: 'disk-full',
    })
    faults.state.failWith = null
    expect(faults.state.refused).toBe(1)

    expect(await filesUnder(join(pc.dataDir, 'trash'))).toEqual(trashBefore)
    expect(await filesUnder(join(pc.dataDir, 'plans'))).toEqual({})
    expect(await filesUnder(join(pc.dataDir, 'backups', plan.id))).toEqual({})
    expect((await pc.call<ListResult>('plans.list')).plans).toEqual([])

    // Nothing was lost on the way: once the disk has room, it comes back whole.
    await pc.call('trash.restore', { trashId: entry.trashId })
    expect((await pc.call<Plan>('plans.get', { id: plan.id })).doc).toEqual(plan.doc)
    expect((await pc.call<VersionSummary[]>('versions.list', { id: plan.id })).map((v) => v.name)).toEqual([
      'Sendt til kommunen',
    ])
  })
}
