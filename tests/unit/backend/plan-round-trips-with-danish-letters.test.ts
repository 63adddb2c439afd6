import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { danishDoc, tempBackend } from './support/tempBackend'

let env: Awaited<ReturnType<typeof tempBackend>>
afterEach(() => env.cleanup())

describe('a plan survives a restart word for word', () => {
  it('creates, saves and reads back a plan with æøå after a restart', async () => {
    env = await tempBackend()
    const plan = await env.backend.plans.create(
      {
        title: 'Ærø Øst 2030',
        council: 'Søby Lokalråd',
        kind: 'council',
        villages: ['Søby'],
        municipality: 'Ærø',
        templateId: 'blank',
      },
      null,
      null,
    )
    expect(plan.rev).toBe(0)
    const saved = await env.backend.plans.save({ id: plan.id, rev: 0, doc: danishDoc })
    expect(saved.rev).toBe(1)
    expect(saved.updatedAt > plan.meta.updatedAt).toBe(true)

    const backend = await env.restart()
    const back = await backend.plans.get(plan.id)
    expect(back.readOnly).toBe(false)
    expect(back.rev).toBe(1)
    expect(back.meta.title).toBe('Ærø Øst 2030')
    expect(back.meta.council).toBe('Søby Lokalråd')
    expect(JSON.stringify(back.doc)).toContain('Æblerne i Ølby gror på åens bred: æøå ÆØÅ – »citat«.')
    const raw = await readFile(join(env.dataDir, 'plans', `${plan.id}.json`), 'utf8')
    expect(JSON.parse(raw).schemaVersion).toBe(1)

    const list = await backend.plans.list()
    expect(list.plans.map((p) => p.title)).toEqual(['Ærø Øst 2030'])
  })

  it('lists plans newest first, renames with a new rev and moves a deleted plan to trash', async () => {
    env = await tempBackend()
    const input = {
      council: '',
      kind: 'council' as const,
      villages: [],
      municipality: '',
      templateId: 'blank',
    }
    const a = await env.backend.plans.create({ ...input, title: 'Første' }, null, null)
    const b = await env.backend.plans.create({ ...input, title: 'Anden' }, null, null)
    await env.backend.plans.save({ id: a.id, rev: 0, doc: danishDoc })
    expect((await env.backend.plans.list()).plans.map((p) => p.title)).toEqual(['Første', 'Anden'])

    const renamed = await env.backend.plans.rename(b.id, 'Anden, omdøbt')
    expect(renamed.rev).toBe(1)
    expect((await env.backend.plans.get(b.id)).meta.title).toBe('Anden, omdøbt')

    await env.backend.plans.delete(a.id)
    await expect(env.backend.plans.get(a.id)).rejects.toMatchObject({ code: 'not-found' })
    const trash = await import('node:fs/promises').then((fs) => fs.readdir(join(env.dataDir, 'trash')))
    expect(trash.some((n) => n.startsWith(`${a.id}.`) && n.endsWith('.json'))).toBe(true)
    const afterRestart = await (await env.restart()).plans.list()
    expect(afterRestart.plans.map((p) => p.id)).toEqual([b.id])
  })
})
