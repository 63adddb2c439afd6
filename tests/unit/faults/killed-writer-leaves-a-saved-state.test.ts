import { spawn } from 'node:child_process'
import { mkdtemp, readFile, readdir, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { expect, it } from 'vitest'
import { createBackend } from '../../../src/main/backend'
import { planCodec } from '../../../src/main/backend/plans/planCodec'
import { GenerationFile } from '../../../src/main/backend/backups/snapshotFiles'
import { checkDocument } from '../../../src/shared/document/validate'
import { RESOURCES_DIR } from '../backend/support/tempBackend'

const KILLS = 8
const STORM = resolve(__dirname, 'support/saveStorm.ts')

/** Seeded, so a failing run can be repeated. */
function rng(seed: number) {
  return () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31
}

function textOfPlan(doc: unknown): string {
  const p = (doc as { content: { content?: { text: string }[] }[] }).content[0]
  return p.content?.[0]?.text ?? ''
}

it('a writer killed with SIGKILL at random moments always leaves a plan file that parses, validates and is a saved state', async () => {
  const random = rng(20260312)
  const dataDir = await mkdtemp(join(tmpdir(), 'pv-kill-'))
  const log = join(dataDir, '..', `${dataDir.split('/').pop()}-states.log`)
  const setup = await createBackend({ dataDir, resourcesDir: RESOURCES_DIR })
  const created = await setup.plans.create(
    { title: 'Storm', council: '', kind: 'council', villages: [], municipality: '', templateId: 'blank' },
    null,
    null,
  )
  await setup.close()
  const file = join(dataDir, 'plans', `${created.id}.json`)
  let lastRev = 0
  try {
    for (let k = 0; k < KILLS; k++) {
      const child = spawn(
        process.execPath,
        ['--import', 'tsx', STORM, dataDir, RESOURCES_DIR, created.id, log],
        {
          stdio: ['ignore', 'pipe', 'pipe'],
          cwd: resolve(__dirname, '../../..'),
        },
      )
      let stderr = ''
      child.stderr.on('data', (d) => (stderr += d))
      await new Promise<void>((ready, fail) => {
        child.stdout.on('data', (d: Buffer) => d.toString().includes('ready') && ready())
        child.on('exit', () => fail(new Error(`writer ended early: ${stderr}`)))
      })
      await new Promise((r) => setTimeout(r, 20 + random() * 250))
      const exited = new Promise((r) => child.on('exit', r))
      child.kill('SIGKILL')
      await exited

      const states = new Set((await readFile(log, 'utf8')).split('\n').filter(Boolean))
      const raw = await readFile(file, 'utf8')
      const loaded = planCodec(created.id).decode(JSON.parse(raw))
      expect(loaded.readOnly).toBe(false)
      expect(checkDocument(loaded.plan.doc).ok).toBe(true)
      const text = textOfPlan(loaded.plan.doc)
      expect(text === '' || states.has(text), `on-disk text "${text.slice(0, 40)}" was never saved`).toBe(
        true,
      )
      expect(loaded.plan.rev).toBeGreaterThanOrEqual(lastRev)
      lastRev = loaded.plan.rev
      // The kill may fall between the plan's write and its index entry's: the list still says what
      // the file holds, never an older rev.
      const lister = await createBackend({ dataDir, resourcesDir: RESOURCES_DIR })
      try {
        expect((await lister.plans.list()).plans).toMatchObject([{ id: created.id, rev: loaded.plan.rev }])
      } finally {
        await lister.close()
      }
      // The backups written alongside are whole too (a torn one would be skipped, never offered).
      const genDir = join(dataDir, 'backups', created.id)
      for (const name of (await readdir(genDir).catch(() => [])).filter((n) => n.endsWith('.json'))) {
        const gen = GenerationFile.parse(JSON.parse(await readFile(join(genDir, name), 'utf8')))
        expect(states.has(textOfPlan(gen.plan.doc)) || textOfPlan(gen.plan.doc) === '').toBe(true)
      }
    }
    expect(lastRev).toBeGreaterThan(KILLS) // the storm did save, many times
    // The lock each killed writer left is stale and is taken over; the plan opens normally.
    const after = await createBackend({ dataDir, resourcesDir: RESOURCES_DIR })
    expect((await after.plans.get(created.id)).rev).toBe(lastRev)
    const leftovers = (await readdir(join(dataDir, 'plans'))).filter((n) => n.endsWith('.tmp'))
    // A killed writer may leave its temp file; it is never mistaken for a plan.
    expect((await after.plans.list()).plans.map((p) => p.id)).toEqual([created.id])
    expect(leftovers.length).toBeLessThanOrEqual(KILLS)
    await after.close()
  } finally {
    await rm(dataDir, { recursive: true, force: true })
    await rm(log, { force: true })
  }
}, 60_000)
