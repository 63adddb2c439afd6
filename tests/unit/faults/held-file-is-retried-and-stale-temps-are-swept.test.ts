import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { afterEach, expect, it } from 'vitest'
import { realFs, type Fs } from '../../../src/main/backend/store/fsFacade'
import { docSaying, tempBackend } from '../backend/support/tempBackend'
import { osError } from './support/faultyFs'

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

/** A plan file a virus scanner holds for the next `times` renames onto it, answering `code`. */
function heldFor(times: { left: number }, code: string): Fs {
  return {
    ...realFs,
    rename: (async (from: string, to: string) => {
      if (String(to).includes(`${join('plans', '')}`) && String(to).endsWith('.json') && times.left > 0) {
        times.left--
        throw osError(code, String(to))
      }
      return realFs.rename(from, to)
    }) as Fs['rename'],
  }
}

for (const code of ['EBUSY', 'EPERM', 'EACCES']) {
  it(`a save whose rename is refused with ${code} twice (a scanner holding the file) waits and is saved`, async () => {
    const held = { left: 0 }
    env = await tempBackend({ fs: heldFor(held, code) })
    const plan = await env.backend.plans.create(newPlan, null, null)
    held.left = 2
    const saved = await env.backend.plans.save({ id: plan.id, rev: 0, doc: docSaying('holdt fast') })
    expect(held.left).toBe(0)
    expect(saved.rev).toBe(1)
    const file = await readFile(join(env.dataDir, 'plans', `${plan.id}.json`), 'utf8')
    expect(file).toContain('holdt fast')
    expect((await readdir(join(env.dataDir, 'plans'))).filter((n) => n.endsWith('.tmp'))).toEqual([])
  })
}

it('temp files left by a crash mid-write are removed at start; plans, images and files not ours stay', async () => {
  env = await tempBackend()
  const plan = await env.backend.plans.create(newPlan, null, null)
  await env.backend.plans.save({ id: plan.id, rev: 0, doc: docSaying('den gemte tekst') })
  await env.backend.close()
  const plans = join(env.dataDir, 'plans')
  const planFile = join(plans, `${plan.id}.json`)
  const saved = await readFile(planFile, 'utf8')
  const assets = join(plans, plan.id, 'assets')
  await mkdir(assets, { recursive: true })
  const stale = [
    join(plans, `${plan.id}.json.0123456789ab.tmp`),
    join(env.dataDir, 'library.json.a1b2c3d4e5f6.tmp'),
    join(plans, plan.id, 'reviews.json.00ff00ff00ff.tmp'),
    join(assets, 'abc.png.ffffffffffff.tmp'),
  ]
  for (const path of stale) await writeFile(path, '{"halv')
  const notOurs = [join(plans, 'noter.tmp'), join(assets, 'abc.png')]
  for (const path of notOurs) await writeFile(path, 'behold')

  const backend = await env.restart()
  for (const path of stale) await expect(readFile(path)).rejects.toMatchObject({ code: 'ENOENT' })
  for (const path of notOurs) expect(await readFile(path, 'utf8')).toBe('behold')
  expect(await readFile(planFile, 'utf8')).toBe(saved)
  expect(JSON.stringify((await backend.plans.get(plan.id)).doc)).toContain('den gemte tekst')
})
