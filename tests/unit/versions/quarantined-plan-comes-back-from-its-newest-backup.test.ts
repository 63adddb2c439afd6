import { readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { afterEach, expect, it } from 'vitest'
import type { ListResult } from '../../../src/shared/api'
import type { Plan } from '../../../src/shared/model/plan'
import type { BackupSummary } from '../../../src/shared/model/versions'
import { docSaying } from '../backend/support/tempBackend'
import { clockedBackend, newPlan } from './support'

let env: Awaited<ReturnType<typeof clockedBackend>>
afterEach(() => env.cleanup())

const damages: [string, (good: string) => string | Buffer][] = [
  ['empty', () => ''],
  ['cut short', (g) => g.slice(0, g.length / 2)],
  ['zero bytes', (g) => Buffer.alloc(g.length)],
  ['not JSON', () => 'Dette er ikke JSON'],
  ['not our schema', () => JSON.stringify({ schemaVersion: 1, hello: 'world' })],
]

for (const [what, damage] of damages) {
  it(`a plan file that is ${what} is moved aside and its newest good backup brings it back`, async () => {
    env = await clockedBackend()
    const plan = await env.call<Plan>('plans.create', newPlan)
    await env.call('plans.save', { id: plan.id, rev: 0, doc: docSaying('Første udkast') })
    env.clock.now += 5_000
    await env.call('plans.save', { id: plan.id, rev: 1, doc: docSaying('Andet udkast, sidste ord') })
    await env.restart() // the last save's generation is written on close
    const file = join(env.dataDir, 'plans', `${plan.id}.json`)
    await writeFile(file, damage(await readFile(file, 'utf8')))
    await env.restart()

    const listed = await env.call<ListResult>('plans.list')
    expect(listed.plans).toEqual([])
    expect(listed.quarantined.map((q) => q.id)).toEqual([plan.id])
    const offer = await env.call<BackupSummary[]>('backups.list', { id: plan.id })
    expect(offer[0]).toMatchObject({ rev: 2, title: 'Bøvl 2030' })

    const back = await env.call<Plan>('plans.restoreFromBackup', { id: plan.id })
    expect(JSON.stringify(back.doc)).toContain('Andet udkast, sidste ord')
    const after = await env.call<ListResult>('plans.list')
    expect(after.plans.map((p) => p.id)).toEqual([plan.id])
    expect(after.quarantined).toEqual([])
    // The damaged file is still kept in quarantine/, never deleted.
    expect(listed.quarantined[0].movedTo).toContain('quarantine')
    await expect(readFile(listed.quarantined[0].movedTo)).resolves.toBeTruthy()
  })
}

it('never restores over a plan file that is there', async () => {
  env = await clockedBackend()
  const plan = await env.call<Plan>('plans.create', newPlan)
  await env.call('plans.save', { id: plan.id, rev: 0, doc: docSaying('tekst') })
  await expect(env.call('plans.restoreFromBackup', { id: plan.id })).rejects.toMatchObject({
    code: 'invalid-input',
  })
  await expect(env.call('plans.restoreFromBackup', { id: 'ukendt' })).rejects.toMatchObject({
    code: 'not-found',
  })
})
