import { readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import fc from 'fast-check'
import { expect, it } from 'vitest'
import { faultyFs } from '../faults/support/faultyFs'
import { indexPath, truthOf } from './support/planIndexFiles'
import { docSaying, tempBackend } from './support/tempBackend'

const base = { council: '', kind: 'council' as const, villages: [], municipality: '', templateId: 'blank' }
const title = fc.constantFrom('Bøvl 2030', 'Øster Ålum', 'Æbeltoft', 'Bøvl 2031', 'Ny plan')

// A random history of the writers, restarts, failed index writes (a full disk, or a crash between
// the plan write and the index write) and files changed behind the app's back: whatever happened,
// the list after a restart is exactly the plan files read whole.
const step = fc.oneof(
  fc.record({ op: fc.constant('create' as const), title }),
  fc.record({ op: fc.constant('rename' as const), pick: fc.nat(), title }),
  fc.record({
    op: fc.constant('save' as const),
    pick: fc.nat(),
    text: fc.string({ minLength: 1, maxLength: 20 }).filter((t) => t.trim() !== ''),
  }),
  fc.record({ op: fc.constant('delete' as const), pick: fc.nat() }),
  fc.record({ op: fc.constant('byHand' as const), pick: fc.nat(), title }),
  fc.record({ op: fc.constant('indexFails' as const), on: fc.boolean() }),
  fc.record({ op: fc.constant('restart' as const) }),
)

it('after any history of saves, renames, deletes, failed index writes and restarts the list is the plan files', async () => {
  await fc.assert(
    fc.asyncProperty(fc.array(step, { minLength: 1, maxLength: 14 }), async (steps) => {
      const faulty = faultyFs()
      const env = await tempBackend({ fs: faulty.fs })
      faulty.state.where = (p) => p.startsWith(indexPath(env.dataDir))
      const ids: string[] = []
      const pick = (n: number) => ids[n % ids.length]
      const check = async () => {
        await env.restart()
        expect((await env.backend.plans.list()).plans).toEqual(await truthOf(env.dataDir))
      }
      try {
        for (const s of steps) {
          if (s.op === 'create')
            ids.push((await env.backend.plans.create({ ...base, title: s.title }, null, null)).id)
          else if (s.op === 'indexFails') faulty.state.failWith = s.on ? 'ENOSPC' : null
          else if (s.op === 'restart') await check()
          else if (ids.length === 0) continue
          else if (s.op === 'rename') await env.backend.plans.rename(pick(s.pick), s.title)
          else if (s.op === 'save') {
            const { rev } = await env.backend.plans.get(pick(s.pick))
            await env.backend.plans.save({ id: pick(s.pick), rev, doc: docSaying(s.text) })
          } else if (s.op === 'delete') {
            await env.backend.plans.delete(pick(s.pick))
            ids.splice(ids.indexOf(pick(s.pick)), 1)
          } else {
            // Another program (a sync tool, a copy from a stick) writes the plan file.
            await env.backend.close()
            const file = join(env.dataDir, 'plans', `${pick(s.pick)}.json`)
            const p = JSON.parse(await readFile(file, 'utf8'))
            await writeFile(
              file,
              JSON.stringify({ ...p, rev: p.rev + 1, meta: { ...p.meta, title: s.title } }),
            )
            await env.restart()
          }
        }
        await check()
      } finally {
        await env.cleanup()
      }
    }),
    { numRuns: 30 },
  )
}, 120_000)
