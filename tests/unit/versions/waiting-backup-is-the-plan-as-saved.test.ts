import { afterEach, expect, it } from 'vitest'
import type { BackupSummary } from '../../../src/shared/model/versions'
import type { Plan } from '../../../src/shared/model/plan'
import { docSaying } from '../backend/support/tempBackend'
import { clockedBackend, newPlan } from './support'

let env: Awaited<ReturnType<typeof clockedBackend>>
afterEach(() => env.cleanup())

// The backup store keeps the committed plan itself (no copy per save) while it waits for its minute:
// nothing a caller does with what the store hands out, and no later save, may change that state.
it('a backup waiting for its minute is the plan exactly as that save left it', async () => {
  env = await clockedBackend()
  const plan = await env.call<Plan>('plans.create', newPlan)
  await env.call('plans.save', { id: plan.id, rev: 0, doc: docSaying('første udkast') })
  env.clock.now += 5_000
  await env.call('plans.save', { id: plan.id, rev: 1, doc: docSaying('andet udkast') })
  const asSaved = await env.call<Plan>('plans.get', { id: plan.id })

  // What callers get back is theirs to change; the waiting backup must not follow.
  const handedOut = await env.backend.plans.get(plan.id)
  handedOut.meta.title = 'ændret bagefter'
  ;(handedOut.doc.content as unknown[]).length = 0
  const viaContract = await env.call<Plan>('plans.get', { id: plan.id })
  viaContract.doc.content = []

  await env.restart()
  const gens = await env.call<BackupSummary[]>('backups.list', { id: plan.id })
  expect(gens.map((g) => g.rev)).toEqual([2, 1])
  const newest = await env.call<{ plan: Plan }>('backups.get', { id: plan.id, seq: gens[0].seq })
  const { readOnly: _ro, ...savedFile } = asSaved as Plan & { readOnly?: boolean }
  expect(newest.plan.doc).toEqual(savedFile.doc)
  expect(newest.plan.meta).toEqual(savedFile.meta)
  expect(JSON.stringify(newest.plan.doc)).toContain('andet udkast')
})
