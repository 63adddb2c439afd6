import { afterEach, expect, it } from 'vitest'
import type { DocJSON } from '../../../src/shared/model/plan'
import { danishDoc, docSaying, tempBackend } from './support/tempBackend'

let env: Awaited<ReturnType<typeof tempBackend>>
afterEach(() => env.cleanup())

const newPlan = {
  title: 'Bøvl',
  council: '',
  kind: 'council' as const,
  villages: [],
  municipality: '',
  templateId: 'blank',
}

it('refuses a save whose rev is not the current one and leaves the plan as it was', async () => {
  env = await tempBackend()
  const plan = await env.backend.plans.create(newPlan, null, null)
  await env.backend.plans.save({ id: plan.id, rev: 0, doc: docSaying('første vindue') })

  await expect(
    env.backend.plans.save({ id: plan.id, rev: 0, doc: docSaying('andet vindue') }),
  ).rejects.toMatchObject({
    code: 'stale-rev',
    details: { rev: 1 },
  })
  const after = await (await env.restart()).plans.get(plan.id)
  expect(after.rev).toBe(1)
  expect(JSON.stringify(after.doc)).toContain('første vindue')
  expect(JSON.stringify(after.doc)).not.toContain('andet vindue')
})

it('lets only one of two concurrent saves with the same rev through', async () => {
  env = await tempBackend()
  const plan = await env.backend.plans.create(newPlan, null, null)
  const results = await Promise.allSettled([
    env.backend.plans.save({ id: plan.id, rev: 0, doc: danishDoc }),
    env.backend.plans.save({ id: plan.id, rev: 0, doc: docSaying('samtidig') }),
  ])
  expect(results.map((r) => r.status).sort()).toEqual(['fulfilled', 'rejected'])
  expect((await env.backend.plans.get(plan.id)).rev).toBe(1)
})

it('refuses a document that does not fit the plan schema and keeps the old text', async () => {
  env = await tempBackend()
  const plan = await env.backend.plans.create(newPlan, null, null)
  await env.backend.plans.save({ id: plan.id, rev: 0, doc: danishDoc })
  const bad: DocJSON = {
    type: 'doc',
    content: [{ type: 'codeBlock', content: [{ type: 'text', text: 'x' }] }],
  }
  await expect(env.backend.plans.save({ id: plan.id, rev: 1, doc: bad })).rejects.toMatchObject({
    code: 'invalid-document',
  })
  const unknownMark: DocJSON = {
    type: 'doc',
    content: [{ type: 'paragraph', content: [{ type: 'text', text: 'x', marks: [{ type: 'blink' }] }] }],
  }
  await expect(env.backend.plans.save({ id: plan.id, rev: 1, doc: unknownMark })).rejects.toMatchObject({
    code: 'invalid-document',
  })
  const after = await env.backend.plans.get(plan.id)
  expect(after.rev).toBe(1)
  expect(JSON.stringify(after.doc)).toContain('Æblerne')
})
