import { readFile, readdir } from 'node:fs/promises'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { overviewRig, packageOf, planWith } from './support'

let rig: Awaited<ReturnType<typeof overviewRig>> | null = null
afterEach(async () => {
  await rig?.env.cleanup()
  rig = null
})

const ID = '0f0e0d0c-0000-4000-8000-000000000001'

describe('the overview collection', () => {
  it('lists a damaged file and a foreign file with their reasons and adds the rest', async () => {
    rig = await overviewRig()
    const good = packageOf(
      planWith(ID, { title: 'Ølby', council: 'Ølby Lokalråd' }, [
        { id: 'a', title: 'Legeplads', budget: 100000 },
      ]),
    )
    const cut = good.slice(0, Math.floor(good.length / 2))
    await rig.choose([
      { name: 'ølby.planvaerksted', bytes: good },
      { name: 'halv.planvaerksted', bytes: cut },
      { name: 'noter.txt', bytes: 'bare tekst' },
    ])
    const r = await rig.call('overview.add')
    if (r.status !== 'added') throw new Error('cancelled')
    expect(r.added.map((a) => a.title)).toEqual(['Ølby'])
    expect(r.skipped).toEqual([
      { fileName: 'halv.planvaerksted', code: 'invalid-file', reason: 'damaged' },
      { fileName: 'noter.txt', code: 'invalid-file', reason: 'overview-not-a-plan' },
    ])
    const list = await rig.call('overview.list')
    expect(list.entries).toHaveLength(1)
    // Only the skeleton is kept: the plan's body text is not in the collection.
    const onDisk = await readFile(join(rig.env.dataDir, 'overview', 'collection.json'), 'utf8')
    expect(onDisk).toContain('Legeplads')
    expect(onDisk).not.toContain('Tekst der ikke kommer med')
    // Nothing was added to the plans themselves.
    expect((await rig.call('plans.list')).plans).toEqual([])
    expect(
      (await readdir(join(rig.env.dataDir, 'plans'))).filter(
        (f) => f.endsWith('.json') && f !== 'plans-index.json',
      ),
    ).toEqual([])
  })

  it('removes one entry and only that one, and says so when it is already gone', async () => {
    rig = await overviewRig()
    await rig.choose([
      {
        name: 'a.planvaerksted',
        bytes: packageOf(planWith(ID, { title: 'Plan A', council: 'Ølby Lokalråd' }, [])),
      },
      {
        name: 'b.planvaerksted',
        bytes: packageOf(planWith(ID, { title: 'Plan B', council: 'Åby Borgerforening' }, [])),
      },
    ])
    await rig.call('overview.add')
    const before = (await rig.call('overview.list')).entries
    const a = before.find((e) => e.title === 'Plan A')!
    await rig.call('overview.remove', { entryId: a.entryId })
    expect((await rig.call('overview.list')).entries.map((e) => e.title)).toEqual(['Plan B'])
    await expect(rig.call('overview.remove', { entryId: a.entryId })).rejects.toThrow(
      /overview-entry-missing/,
    )
    expect((await rig.call('overview.list')).entries.map((e) => e.title)).toEqual(['Plan B'])
  })

  it('keeps two plans with the same id from different councils', async () => {
    rig = await overviewRig()
    await rig.choose([
      {
        name: 'a.planvaerksted',
        bytes: packageOf(planWith(ID, { title: 'Plan A', council: 'Ølby Lokalråd' }, [])),
      },
      {
        name: 'b.planvaerksted',
        bytes: packageOf(planWith(ID, { title: 'Plan B', council: 'Åby Borgerforening' }, [])),
      },
    ])
    await rig.call('overview.add')
    const { entries } = await rig.call('overview.list')
    expect(entries.map((e) => e.title)).toEqual(['Plan A', 'Plan B'])
    expect(new Set(entries.map((e) => e.entryId)).size).toBe(2)
    expect(entries.every((e) => e.planId === ID)).toBe(true)
  })

  it('replaces a plan sent again by the same council and says which initiatives changed', async () => {
    rig = await overviewRig()
    const v1 = planWith(ID, { title: 'Ølby', council: 'Ølby Lokalråd' }, [
      { id: 'a', title: 'Legeplads', budget: 100000 },
      { id: 'b', title: 'Shelter', budget: 20000 },
    ])
    await rig.choose([{ name: 'v1.planvaerksted', bytes: packageOf(v1) }])
    await rig.call('overview.add')
    const first = (await rig.call('overview.list')).entries[0]

    const v2 = planWith(ID, { title: 'Ølby', council: ' ølby lokalråd ' }, [
      { id: 'a', title: 'Legeplads', budget: 125000 },
      { id: 'c', title: 'Cykelsti', budget: 500000 },
    ])
    await rig.choose([{ name: 'v2.planvaerksted', bytes: packageOf(v2) }])
    const r = await rig.call('overview.add')
    if (r.status !== 'added') throw new Error('cancelled')
    expect(r.replaced).toEqual([{ entryId: first.entryId, title: 'Ølby' }])
    expect(r.added).toEqual([])

    const { entries } = await rig.call('overview.list')
    expect(entries).toHaveLength(1)
    const blocks = entries[0].changes?.blocks ?? []
    const byKind = Object.fromEntries(blocks.map((b) => [b.initiative?.title, b.kind]))
    expect(byKind).toEqual({ Legeplads: 'changed', Shelter: 'removed', Cykelsti: 'added' })
    const legeplads = blocks.find((b) => b.initiative?.title === 'Legeplads')
    expect(legeplads?.initiative?.fields).toEqual([{ field: 'budget', before: 100000, after: 125000 }])
  })

  it('survives a restart, and a damaged collection file is set aside, never read over', async () => {
    rig = await overviewRig()
    await rig.choose([{ name: 'a.planvaerksted', bytes: packageOf(planWith(ID, { title: 'Plan A' }, [])) }])
    await rig.call('overview.add')
    await rig.env.restart()
    expect((await rig.env.backend.overview.list()).entries.map((e) => e.title)).toEqual(['Plan A'])
    const path = join(rig.env.dataDir, 'overview', 'collection.json')
    const { writeFile } = await import('node:fs/promises')
    await writeFile(path, '{"formatVersion":1,"entries":[{"broken')
    await rig.env.restart()
    const list = await rig.env.backend.overview.list()
    expect(list.entries).toEqual([])
    expect(list.setAside).toMatch(/quarantine/)
    expect(await readFile(list.setAside!, 'utf8')).toContain('broken')
  })
})
