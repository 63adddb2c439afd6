import { readdir, readFile, rename, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { afterEach, expect, it } from 'vitest'
import type { Plan } from '../../../src/shared/model/plan'
import { docSaying } from '../backend/support/tempBackend'
import { watchedBackend } from './support/watchedBackend'

let env: Awaited<ReturnType<typeof watchedBackend>>
afterEach(() => env.cleanup())

const HOUR = 3_600_000
const DAY = 24 * HOUR
const newPlan = { title: 'Bøvl 2030', council: 'Bøvl Lokalråd', kind: 'council' as const, villages: [] }
const create = () =>
  env.backend.plans.create({ ...newPlan, municipality: '', templateId: 'blank' }, null, null)

/** Saves once per step, `step` ms apart on the test clock, and waits for each generation. */
async function saveEvery(plan: Plan, step: number, times: number): Promise<number> {
  let rev = plan.rev
  for (let i = 0; i < times; i++) {
    env.clock.now += step
    rev = (await env.backend.plans.save({ id: plan.id, rev, doc: docSaying(`udkast ${rev}`) })).rev
    await env.backend.backups.flush()
  }
  return rev
}

const generationFiles = async (id: string) =>
  (await readdir(join(env.dataDir, 'backups', id))).filter((n) => n.startsWith('g-')).sort()

it('a save answers without waiting for its backup generation to be written', async () => {
  env = await watchedBackend()
  const plan = await create()
  const open = env.watch.hold()
  env.clock.now += 61_000
  const saved = env.backend.plans.save({ id: plan.id, rev: 0, doc: docSaying('gemt før backuppen') })
  const answer = await Promise.race([saved, new Promise((r) => setTimeout(() => r('still waiting'), 1_000))])
  expect(answer).toMatchObject({ rev: 1 })
  open()
  // Listing goes through the plan's backup queue, so it sees the generation written behind the save.
  const gens = await env.backend.backups.list(plan.id)
  expect(gens.map((g) => g.rev)).toContain(1)
})

it('thinning decides from file names: a write reads none of the generations already there', async () => {
  env = await watchedBackend()
  const plan = await create()
  const rev = await saveEvery(plan, 5 * HOUR, 30) // 30 generations over six days
  env.watch.reads = []
  await saveEvery({ ...plan, rev }, 5 * HOUR, 1)
  expect(env.watch.reads).toEqual([])
  // ... and it did thin: six days of five-hourly saves keep fewer than all 31.
  const files = await generationFiles(plan.id)
  expect(files.length).toBeLessThan(31)
  expect(files.length).toBeGreaterThan(10)
})

it("never deletes a generation it cannot read, nor one from a newer app; a newer app's is thinned by age only", async () => {
  env = await watchedBackend()
  const plan = await create()
  const dir = join(env.dataDir, 'backups', plan.id)
  await saveEvery(plan, 61_000, 1)
  const [written] = await generationFiles(plan.id)
  const gen = JSON.parse(await readFile(join(dir, written), 'utf8'))
  // Old-named files from before this naming: one damaged, one from a newer app (schema it cannot
  // validate) saved three days ago, alone in its day.
  await rename(join(dir, written), join(dir, 'g-0000000001.json'))
  const threeDaysAgo = new Date(env.clock.now - 3 * DAY).toISOString()
  const newer = {
    ...gen,
    seq: 2,
    savedAt: threeDaysAgo,
    plan: { ...gen.plan, schemaVersion: 99, future: {} },
  }
  await writeFile(join(dir, 'g-0000000002.json'), JSON.stringify(newer))
  await writeFile(join(dir, 'g-0000000003.json'), '{"kind":"backup","seq":3,"sav')
  await env.restart()

  await saveEvery({ ...plan, rev: 1 }, 61_000, 15)
  const files = await generationFiles(plan.id)
  expect(files).toContain('g-0000000003.json') // cannot be dated: kept as it is, never deleted
  expect(files.some((n) => n.startsWith('g-0000000002-'))).toBe(true) // dated from its first bytes
  // Once it is older than a year, a newer app's generation goes like any other.
  env.clock.now += 400 * DAY
  await saveEvery({ ...plan, rev: 16 }, 61_000, 1)
  expect((await generationFiles(plan.id)).some((n) => n.startsWith('g-0000000002'))).toBe(false)
  expect(await generationFiles(plan.id)).toContain('g-0000000003.json')
})

it('generations written under the old naming stay listed and readable, and get dated names as they are thinned', async () => {
  env = await watchedBackend()
  const plan = await create()
  await saveEvery(plan, 61_000, 3)
  const dir = join(env.dataDir, 'backups', plan.id)
  for (const name of await generationFiles(plan.id))
    await rename(join(dir, name), join(dir, `${name.slice(0, 12)}.json`))
  expect(await generationFiles(plan.id)).toEqual([
    'g-0000000001.json',
    'g-0000000002.json',
    'g-0000000003.json',
  ])
  await env.restart()

  const old = await env.backend.backups.list(plan.id)
  expect(old.map((g) => [g.seq, g.rev])).toEqual([
    [3, 3],
    [2, 2],
    [1, 1],
  ])
  expect(JSON.stringify((await env.backend.backups.get(plan.id, 2)).plan.doc)).toContain('udkast 1')

  await saveEvery({ ...plan, rev: 3 }, 61_000, 1)
  const files = await generationFiles(plan.id)
  expect(files.map((n) => n.slice(0, 13))).toEqual([
    'g-0000000001-',
    'g-0000000002-',
    'g-0000000003-',
    'g-0000000004-',
  ])
  expect((await env.backend.backups.list(plan.id)).map((g) => g.seq)).toEqual([4, 3, 2, 1])
})
