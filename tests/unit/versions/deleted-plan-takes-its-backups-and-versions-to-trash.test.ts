import { readdir } from 'node:fs/promises'
import { join } from 'node:path'
import { afterEach, expect, it } from 'vitest'
import type { Plan } from '../../../src/shared/model/plan'
import type { BackupSummary, VersionSummary } from '../../../src/shared/model/versions'
import { docSaying } from '../backend/support/tempBackend'
import { clockedBackend, newPlan } from './support'

let env: Awaited<ReturnType<typeof clockedBackend>>
afterEach(() => env.cleanup())

it('a deleted plan takes its backups and named versions to the trash, under the name its file got', async () => {
  env = await clockedBackend()
  const plan = await env.call<Plan>('plans.create', newPlan)
  await env.call('plans.save', { id: plan.id, rev: 0, doc: docSaying('det slettede udkast') })
  await env.call('versions.create', { id: plan.id, name: 'Sendt til kommunen' })
  env.clock.now += 5_000
  await env.call('plans.save', { id: plan.id, rev: 1, doc: docSaying('venter på sit minut') })
  await env.call('plans.delete', { id: plan.id })

  const trash = await readdir(join(env.dataDir, 'trash'))
  const file = trash.find((n) => n.startsWith(`${plan.id}.`) && n.endsWith('.json'))!
  const base = file.slice(0, -'.json'.length)
  expect(trash).toContain(`${base}.backups`)
  const moved = await readdir(join(env.dataDir, 'trash', `${base}.backups`))
  expect(moved.some((n) => n.startsWith('g-'))).toBe(true)
  expect(await readdir(join(env.dataDir, 'trash', `${base}.backups`, 'versions'))).toEqual(['v-000001.json'])
  await expect(readdir(join(env.dataDir, 'backups', plan.id))).rejects.toMatchObject({ code: 'ENOENT' })
})

it('a plan that later comes in under the same id inherits no versions or backups of the deleted one', async () => {
  env = await clockedBackend()
  const plan = await env.call<Plan>('plans.create', newPlan)
  await env.call('plans.save', { id: plan.id, rev: 0, doc: docSaying('det slettede udkast') })
  await env.call('versions.create', { id: plan.id, name: 'Sendt til kommunen' })
  env.clock.now += 5_000
  // This save's generation waits for its minute when the plan is deleted: it must not be written.
  await env.call('plans.save', { id: plan.id, rev: 1, doc: docSaying('venter på sit minut') })
  await env.call('plans.delete', { id: plan.id })
  await env.restart() // closing writes what waits: nothing of the deleted plan may be among it
  expect(await env.call<BackupSummary[]>('backups.list', { id: plan.id })).toEqual([])

  // A package of another plan that happens to carry the same id.
  const stranger: Plan = { ...plan, meta: { ...plan.meta, title: 'Fremmed plan' }, doc: docSaying('fremmed') }
  await env.backend.plans.adopt(stranger)
  await env.restart()
  expect(await env.call<VersionSummary[]>('versions.list', { id: plan.id })).toEqual([])
  const gens = await env.call<BackupSummary[]>('backups.list', { id: plan.id })
  expect(gens.map((g) => g.title)).toEqual(['Fremmed plan'])
})
