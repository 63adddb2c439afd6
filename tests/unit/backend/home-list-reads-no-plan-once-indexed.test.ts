import { rm } from 'node:fs/promises'
import { afterEach, expect, it } from 'vitest'
import { countingFs } from './support/countingFs'
import { indexPath, plansRead, truthOf } from './support/planIndexFiles'
import { danishDoc, tempBackend } from './support/tempBackend'

let env: Awaited<ReturnType<typeof tempBackend>>
afterEach(() => env.cleanup())

const base = {
  council: 'Ølby Lokalråd',
  kind: 'council' as const,
  villages: [],
  municipality: 'Vejen Kommune',
  templateId: 'blank',
}

async function threePlans(fs: ReturnType<typeof countingFs>['fs']) {
  env = await tempBackend({ fs })
  const ids: string[] = []
  for (const title of ['Ølby 2030', 'Åby og omegn', 'Ærø-planen']) {
    const p = await env.backend.plans.create({ ...base, title }, null, null)
    ids.push(p.id)
  }
  await env.backend.plans.save({ id: ids[0], rev: 0, doc: danishDoc })
  await env.backend.plans.rename(ids[1], 'Åby og omegn, 2. udgave')
  return ids
}

it('after a restart the home list gives every plan’s summary without reading a plan file', async () => {
  const counting = countingFs()
  await threePlans(counting.fs)
  const backend = await env.restart()
  counting.reads.length = 0

  const list = await backend.plans.list()

  expect(list.plans).toEqual(await truthOf(env.dataDir))
  expect(list.plans.map((p) => p.title)).toContain('Åby og omegn, 2. udgave')
  expect(plansRead(counting.reads, env.dataDir)).toEqual([])
  // Nor is any plan held for the session: opening one reads it now.
  await backend.plans.get(list.plans[0].id)
  expect(plansRead(counting.reads, env.dataDir)).toEqual([list.plans[0].id])
})

it('without the index every plan is read once, and the next start reads none again', async () => {
  const counting = countingFs()
  const ids = await threePlans(counting.fs)
  await env.backend.close()
  await rm(indexPath(env.dataDir))
  const backend = await env.restart()
  counting.reads.length = 0

  expect((await backend.plans.list()).plans).toEqual(await truthOf(env.dataDir))
  expect(plansRead(counting.reads, env.dataDir).sort()).toEqual([...ids].sort())

  const again = await env.restart()
  counting.reads.length = 0
  expect((await again.plans.list()).plans).toEqual(await truthOf(env.dataDir))
  expect(plansRead(counting.reads, env.dataDir)).toEqual([])
})
