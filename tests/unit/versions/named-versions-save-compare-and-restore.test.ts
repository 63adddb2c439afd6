import { afterEach, expect, it } from 'vitest'
import type { Plan, PlanSummary } from '../../../src/shared/model/plan'
import type { DocDiff, VersionSummary } from '../../../src/shared/model/versions'
import { docSaying } from '../backend/support/tempBackend'
import { clockedBackend, newPlan } from './support'

let env: Awaited<ReturnType<typeof clockedBackend>>
afterEach(() => env.cleanup())

it('saves a named version, lists it after a restart, compares it with the plan and goes back to it', async () => {
  env = await clockedBackend()
  const plan = await env.call<Plan>('plans.create', newPlan)
  await env.call('plans.save', { id: plan.id, rev: 0, doc: docSaying('Vi vil bygge en legeplads.') })
  const sent = await env.call<VersionSummary>('versions.create', {
    id: plan.id,
    name: 'Sendt til kommunen 12. marts',
  })
  expect(sent).toMatchObject({
    id: 'v-000001',
    name: 'Sendt til kommunen 12. marts',
    rev: 1,
    title: 'Bøvl 2030',
  })
  await env.call('plans.save', {
    id: plan.id,
    rev: 1,
    doc: docSaying('Vi vil bygge en stor legeplads ved hallen.'),
  })

  await env.restart()
  const listed = await env.call<VersionSummary[]>('versions.list', { id: plan.id })
  expect(listed.map((v) => v.name)).toEqual(['Sendt til kommunen 12. marts'])
  const opened = await env.call<{ plan: Plan }>('versions.get', { id: plan.id, versionId: sent.id })
  expect(JSON.stringify(opened.plan.doc)).toContain('Vi vil bygge en legeplads.')

  const diff = await env.call<DocDiff>('versions.compare', { id: plan.id, from: sent.id, to: 'current' })
  expect(diff.blocks[0].kind).toBe('changed')
  const added = diff.blocks[0].parts.filter((p) => p.kind === 'added').map((p) => p.text.trim())
  expect(added).toEqual(['stor legeplads ved hallen.'])
  expect(diff.added).toBe(4)
  expect(diff.removed).toBe(1)

  // Go back: the current text is kept as a backup generation first, then the version is a new save.
  const back = await env.call<Plan>('versions.restore', {
    id: plan.id,
    versionId: sent.id,
    mode: 'replace',
    rev: 2,
  })
  expect(back.rev).toBe(3)
  expect(JSON.stringify(back.doc)).toContain('Vi vil bygge en legeplads.')
  const gens = await env.call<{ rev: number }[]>('backups.list', { id: plan.id })
  expect(gens.some((g) => g.rev === 2)).toBe(true)

  // Or restore as a new plan beside it: the original is untouched.
  const copy = await env.call<Plan>('versions.restore', {
    id: plan.id,
    versionId: sent.id,
    mode: 'newPlan',
    rev: 0,
  })
  expect(copy.id).not.toBe(plan.id)
  expect(copy.meta.title).toBe('Bøvl 2030 (Sendt til kommunen 12. marts)')
  const { plans } = await env.call<{ plans: PlanSummary[] }>('plans.list')
  expect(plans).toHaveLength(2)
})

it('refuses to save a version of a plan that does not exist, and a version id that is not there', async () => {
  env = await clockedBackend()
  await expect(env.call('versions.create', { id: 'nope', name: 'x' })).rejects.toMatchObject({
    code: 'not-found',
  })
  const plan = await env.call<Plan>('plans.create', newPlan)
  await expect(env.call('versions.get', { id: plan.id, versionId: 'v-000009' })).rejects.toMatchObject({
    code: 'not-found',
  })
})
