import { readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { afterEach, expect, it } from 'vitest'
import type { ListResult } from '../../../src/shared/api'
import type { Plan } from '../../../src/shared/model/plan'
import { AppError } from '../../../src/shared/model/errors'
import { laptop } from '../packages/support'
import { type Laptop } from './support'

let pc: Laptop
afterEach(() => pc.cleanup())

const HOSTILE = [
  '../plans/x',
  '..',
  '.',
  '',
  '../../x',
  '..\\x',
  'a/b',
  '/tmp/x',
  'C:\\x',
  'x\0',
  '.hidden',
  'a..b',
]

it('a trash id naming a path outside trash/ is refused at the contract and by the store, and the plan there stays', async () => {
  pc = await laptop()
  // A plan in plans/ and a plan-shaped file beside the data folder: what "../plans/<id>" or
  // "../../x" would reach if a trash id were a path.
  const plan = await pc.call<Plan>('plans.create', { title: 'Ikke i papirkurven' })
  const planFile = join(pc.dataDir, 'plans', `${plan.id}.json`)
  const planBytes = await readFile(planFile, 'utf8')
  const sentinel = join(pc.dataDir, '..', `pv-sentinel-${plan.id}.json`)
  await writeFile(sentinel, planBytes)

  for (const trashId of [...HOSTILE, `../plans/${plan.id}`, `../../pv-sentinel-${plan.id}`]) {
    const res = await pc.raw('trash.restore', { trashId })
    expect(res, JSON.stringify(trashId)).toMatchObject({ ok: false, error: { code: 'invalid-input' } })
    // Past the contract too (a caller inside the backend): joinInside and the id check refuse.
    const direct = await pc.backend.trash.restore(trashId).then(
      () => null,
      (e: unknown) => e,
    )
    expect(direct, JSON.stringify(trashId)).toBeInstanceOf(AppError)
    expect((direct as AppError).code, JSON.stringify(trashId)).toMatch(/^(invalid-input|not-found)$/)
  }
  expect(await readFile(planFile, 'utf8')).toBe(planBytes)
  expect(await readFile(sentinel, 'utf8')).toBe(planBytes)
  expect((await pc.call<ListResult>('plans.list')).plans.map((p) => p.id)).toEqual([plan.id])
  await pc.backend.fs.rm(sentinel)
})
