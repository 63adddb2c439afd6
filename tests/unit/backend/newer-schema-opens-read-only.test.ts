import { readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { afterEach, expect, it } from 'vitest'
import { danishDoc, tempBackend } from './support/tempBackend'

let env: Awaited<ReturnType<typeof tempBackend>>
afterEach(() => env.cleanup())

const base = {
  title: 'Fra fremtiden',
  council: '',
  kind: 'council' as const,
  villages: [],
  municipality: '',
  templateId: 'blank',
}

it('opens a plan from a newer app read-only and refuses every change without touching the file', async () => {
  env = await tempBackend()
  const plan = await env.backend.plans.create(base, null, null)
  const path = join(env.dataDir, 'plans', `${plan.id}.json`)
  const newer = JSON.stringify({
    ...JSON.parse(await readFile(path, 'utf8')),
    schemaVersion: 99,
    futureField: { x: 1 },
  })
  await writeFile(path, newer)

  const backend = await env.restart()
  const list = await backend.plans.list()
  expect(list.plans.map((p) => p.id)).toEqual([plan.id])
  expect(list.quarantined).toEqual([])
  const opened = await backend.plans.get(plan.id)
  expect(opened.readOnly).toBe(true)

  await expect(backend.plans.save({ id: plan.id, rev: opened.rev, doc: danishDoc })).rejects.toMatchObject({
    code: 'read-only',
  })
  await expect(backend.plans.rename(plan.id, 'Nyt navn')).rejects.toMatchObject({ code: 'read-only' })
  const png = Buffer.from('89504e470d0a1a0a0000000d49484452', 'hex').toString('base64')
  await expect(backend.assets.add({ planId: plan.id, fileName: 'a.png', data: png })).rejects.toMatchObject({
    code: 'read-only',
  })
  expect(await readFile(path, 'utf8')).toBe(newer)
})

it('reports a newer plan this version cannot read at all, and leaves it where it is', async () => {
  env = await tempBackend()
  const path = join(env.dataDir, 'plans', 'fremtid.json')
  const raw = JSON.stringify({ schemaVersion: 7, id: 'fremtid', body: 'a shape we do not know' })
  await writeFile(path, raw)
  const backend = await env.restart()
  const list = await backend.plans.list()
  expect(list.plans).toEqual([])
  expect(list.quarantined).toMatchObject([{ id: 'fremtid', reason: 'newer-version', movedTo: path }])
  await expect(backend.plans.get('fremtid')).rejects.toMatchObject({ code: 'read-only' })
  expect(await readFile(path, 'utf8')).toBe(raw)
})
