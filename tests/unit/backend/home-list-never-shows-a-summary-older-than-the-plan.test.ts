import { readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { afterEach, expect, it } from 'vitest'
import { faultyFs } from '../faults/support/faultyFs'
import { countingFs } from './support/countingFs'
import { indexOnDisk, indexPath, plansRead, truthOf } from './support/planIndexFiles'
import { docSaying, tempBackend } from './support/tempBackend'

let env: Awaited<ReturnType<typeof tempBackend>>
afterEach(() => env.cleanup())

const base = { council: '', kind: 'council' as const, villages: [], municipality: '', templateId: 'blank' }

// The index is written after the plan: a crash (or a full disk) between the two leaves a plan file
// newer than its index entry. The list must notice, read that plan, and set the index right.
it('a plan saved while its index entry could not be written lists with its new title, and the index is repaired', async () => {
  const faulty = faultyFs()
  faulty.state.where = (p) => p.startsWith(indexPath(env.dataDir))
  env = await tempBackend({ fs: faulty.fs })
  const plan = await env.backend.plans.create({ ...base, title: 'Gammel titel' }, null, null)
  await env.backend.plans.save({ id: plan.id, rev: 0, doc: docSaying('første udkast') })
  await env.restart()
  const before = await indexOnDisk(env.dataDir)
  expect(before.plans[plan.id].summary).toMatchObject({ title: 'Gammel titel', rev: 1 })

  faulty.state.failWith = 'ENOSPC'
  await env.backend.plans.rename(plan.id, 'Ny titel')
  await env.backend.plans.save({ id: plan.id, rev: 2, doc: docSaying('andet udkast') })
  const counting = countingFs()
  const backend = await env.restart(counting.fs)
  expect(faulty.state.refused).toBeGreaterThan(0)
  // The index on disk still says the old title: this start must not believe it.
  expect((await indexOnDisk(env.dataDir)).plans[plan.id].summary.title).toBe('Gammel titel')

  const list = await backend.plans.list()
  expect(list.plans).toEqual(await truthOf(env.dataDir))
  expect(list.plans[0]).toMatchObject({ title: 'Ny titel', rev: 3 })
  expect(plansRead(counting.reads, env.dataDir)).toEqual([plan.id])

  await env.restart(counting.fs)
  expect((await indexOnDisk(env.dataDir)).plans[plan.id].summary).toMatchObject({ title: 'Ny titel', rev: 3 })
  counting.reads.length = 0
  expect((await env.backend.plans.list()).plans[0].title).toBe('Ny titel')
  expect(plansRead(counting.reads, env.dataDir)).toEqual([])
})

it('a plan file changed behind the app’s back, or one the index has never seen, is listed as it is', async () => {
  env = await tempBackend()
  const plan = await env.backend.plans.create({ ...base, title: 'Som gemt' }, null, null)
  await env.backend.close()
  const file = join(env.dataDir, 'plans', `${plan.id}.json`)
  const onDisk = JSON.parse(await readFile(file, 'utf8'))
  // Same length, so only the file's times and inode tell it changed.
  await writeFile(file, JSON.stringify({ ...onDisk, meta: { ...onDisk.meta, title: 'Som rettet' } }))
  const stranger = {
    ...onDisk,
    id: 'a-plan-copied-in-by-hand',
    meta: { ...onDisk.meta, title: 'Kopieret ind' },
  }
  await writeFile(join(env.dataDir, 'plans', `${stranger.id}.json`), JSON.stringify(stranger))

  const backend = await env.restart()
  const titles = (await backend.plans.list()).plans.map((p) => p.title).sort()
  expect(titles).toEqual(['Kopieret ind', 'Som rettet'])
})
