import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, expect, it } from 'vitest'
import { createBackend } from '../../../src/main/backend'
import { docSaying, RESOURCES_DIR } from './support/tempBackend'

const dirs: string[] = []
afterEach(async () => {
  for (const d of dirs.splice(0)) await rm(d, { recursive: true, force: true })
})

const newPlan = {
  title: 'Bøvl',
  council: '',
  kind: 'council' as const,
  villages: [],
  municipality: '',
  templateId: 'blank',
}

// Right after a start nothing is cached: the home screen's plans.list and the editor's first save
// both read the plan file. Were the two reads not one, the later one would put the old text back
// into the cache after the save, and the next save would be called stale.
it('a plans.list racing the first save after a start never brings the old text back', async () => {
  const dataDir = await mkdtemp(join(tmpdir(), 'pv-first-load-'))
  dirs.push(dataDir)
  const open = () => createBackend({ dataDir, resourcesDir: RESOURCES_DIR })
  const setup = await open()
  const plan = await setup.plans.create(newPlan, null, null)
  let rev = (await setup.plans.save({ id: plan.id, rev: 0, doc: docSaying('gammel tekst') })).rev
  await setup.close()

  for (let run = 0; run < 12; run++) {
    const backend = await open()
    try {
      const text = `ny tekst ${run}`
      const [, saved] = await Promise.all([
        backend.plans.list(),
        backend.plans.save({ id: plan.id, rev, doc: docSaying(text) }),
      ])
      const got = await backend.plans.get(plan.id)
      expect(got.rev).toBe(saved.rev)
      expect(JSON.stringify(got.doc)).toContain(text)
      rev = (await backend.plans.save({ id: plan.id, rev: saved.rev, doc: docSaying(`${text} igen`) })).rev
    } finally {
      await backend.close()
    }
  }
})
