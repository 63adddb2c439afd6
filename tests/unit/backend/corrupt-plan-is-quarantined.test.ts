import { readdir, readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { danishDoc, tempBackend } from './support/tempBackend'

let env: Awaited<ReturnType<typeof tempBackend>>
afterEach(() => env.cleanup())

const base = { council: '', kind: 'council' as const, villages: [], municipality: '', templateId: 'blank' }

async function twoPlans() {
  env = await tempBackend()
  const good = await env.backend.plans.create({ ...base, title: 'Den gode plan' }, null, null)
  const bad = await env.backend.plans.create({ ...base, title: 'Hestlund 2030' }, null, null)
  await env.backend.plans.save({ id: good.id, rev: 0, doc: danishDoc })
  return { good, bad, badPath: join(env.dataDir, 'plans', `${bad.id}.json`) }
}

const corruptions: [string, (raw: string) => string, 'unreadable' | 'not-json' | 'invalid', boolean][] = [
  ['truncated JSON', (raw) => raw.slice(0, raw.length - 7), 'not-json', true],
  ['zero bytes', () => '', 'unreadable', false],
  [
    'valid JSON with the wrong shape',
    (raw) => JSON.stringify({ ...JSON.parse(raw), rev: 'many' }),
    'invalid',
    true,
  ],
  [
    'a document the schema refuses',
    (raw) => JSON.stringify({ ...JSON.parse(raw), doc: { type: 'doc', content: [{ type: 'marquee' }] } }),
    'invalid',
    true,
  ],
]

describe('a plan file that cannot be trusted is moved aside, never overwritten', () => {
  for (const [what, corrupt, reason, titleSalvaged] of corruptions) {
    it(`quarantines ${what} and still lists and opens the other plans`, async () => {
      const { good, bad, badPath } = await twoPlans()
      const corrupted = corrupt(await readFile(badPath, 'utf8'))
      await writeFile(badPath, corrupted)

      const backend = await env.restart()
      const list = await backend.plans.list()
      expect(list.plans.map((p) => p.id)).toEqual([good.id])
      expect(list.quarantined).toHaveLength(1)
      const q = list.quarantined[0]
      expect(q).toMatchObject({ id: bad.id, reason, title: titleSalvaged ? 'Hestlund 2030' : null })
      expect(await readFile(q.movedTo, 'utf8')).toBe(corrupted)
      expect(await readdir(join(env.dataDir, 'plans'))).not.toContain(`${bad.id}.json`)
      expect(JSON.stringify((await backend.plans.get(good.id)).doc)).toContain('Æblerne')

      // The notice survives a restart until the user dismisses it; the file stays in quarantine.
      const again = await env.restart()
      expect((await again.plans.list()).quarantined.map((x) => x.id)).toEqual([bad.id])
      await again.plans.dismissQuarantined(bad.id)
      expect((await again.plans.list()).quarantined).toEqual([])
      expect(await readFile(q.movedTo, 'utf8')).toBe(corrupted)
    })
  }

  it('reports a bad plan opened directly and never overwrites an earlier quarantined copy', async () => {
    const { bad, badPath } = await twoPlans()
    await writeFile(badPath, '{"schemaVersion":1,"id":')
    const backend = await env.restart()
    await expect(backend.plans.get(bad.id)).rejects.toMatchObject({ code: 'invalid-file' })

    await writeFile(badPath, 'second bad copy')
    const later = await env.restart()
    await later.plans.list()
    const files = await readdir(join(env.dataDir, 'quarantine'))
    expect(files.filter((f) => f.startsWith(bad.id))).toHaveLength(2)
    const contents = await Promise.all(files.map((f) => readFile(join(env.dataDir, 'quarantine', f), 'utf8')))
    expect(contents.sort()).toEqual(['second bad copy', '{"schemaVersion":1,"id":'].sort())
  })
})
