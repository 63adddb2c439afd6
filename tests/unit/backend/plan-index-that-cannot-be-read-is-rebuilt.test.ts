import { mkdir, readFile, rm, writeFile } from 'node:fs/promises'
import { afterEach, describe, expect, it } from 'vitest'
import { indexOnDisk, indexPath, truthOf } from './support/planIndexFiles'
import { tempBackend } from './support/tempBackend'

let env: Awaited<ReturnType<typeof tempBackend>>
afterEach(() => env.cleanup())

const base = { council: '', kind: 'council' as const, villages: [], municipality: '', templateId: 'blank' }

const spoilt: [string, (path: string) => Promise<void>][] = [
  ['missing', (p) => rm(p)],
  ['empty', (p) => writeFile(p, '')],
  ['not JSON', (p) => writeFile(p, '{"version":1,"plans":{')],
  ['of another shape', (p) => writeFile(p, JSON.stringify({ version: 9, entries: [] }))],
  [
    'naming a summary with an unsafe id',
    async (p) => {
      const index = JSON.parse(await readFile(p, 'utf8'))
      const [entry] = Object.values(index.plans)
      await writeFile(p, JSON.stringify({ version: 1, plans: { '../x': entry } }))
    },
  ],
]

describe('a plan index that cannot be used lists every plan all the same and is written anew', () => {
  for (const [what, spoil] of spoilt) {
    it(`when it is ${what}`, async () => {
      env = await tempBackend()
      for (const title of ['Bøvl 2030', 'Øster Ålum'])
        await env.backend.plans.create({ ...base, title }, null, null)
      await env.backend.close()
      await spoil(indexPath(env.dataDir))

      const backend = await env.restart()
      const truth = await truthOf(env.dataDir)
      expect((await backend.plans.list()).plans).toEqual(truth)
      await env.restart()
      const rebuilt = await indexOnDisk(env.dataDir)
      expect(Object.values(rebuilt.plans).map((e) => e.summary)).toEqual(expect.arrayContaining(truth))
      expect(Object.keys(rebuilt.plans)).toHaveLength(2)
    })
  }

  it('when a folder stands where it belongs (it cannot even be written): every start reads the plans', async () => {
    env = await tempBackend()
    await env.backend.plans.create({ ...base, title: 'Bøvl 2030' }, null, null)
    await env.backend.close()
    await rm(indexPath(env.dataDir))
    await mkdir(indexPath(env.dataDir))

    for (let start = 0; start < 2; start++) {
      const backend = await env.restart()
      expect((await backend.plans.list()).plans.map((p) => p.title)).toEqual(['Bøvl 2030'])
    }
  })
})
