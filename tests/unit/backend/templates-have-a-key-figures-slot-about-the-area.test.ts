import { afterEach, describe, expect, it } from 'vitest'
import { tempBackend, testHost } from './support/tempBackend'
import { createHandlers } from '../../../src/main/handlers'
import { checkDocument } from '../../../src/shared/document/validate'
import { danishWordsIn } from '../../fixtures/danishWords'

type N = { type: string; attrs?: Record<string, unknown>; content?: { text: string }[] }

let env: Awaited<ReturnType<typeof tempBackend>> | null = null
afterEach(async () => {
  await env?.cleanup()
  env = null
})

async function planFrom(templateId: string): Promise<N[]> {
  env ??= await tempBackend()
  const template = await env.backend.templates.get(templateId)
  const plan = await env.backend.plans.create(
    { title: 'Bøvl', council: '', kind: 'council', villages: ['Bøvl'], municipality: 'Billund', templateId },
    template,
    null,
  )
  const doc = (await env.backend.plans.get(plan.id)).doc
  expect(checkDocument(doc).ok).toBe(true)
  return doc.content as N[]
}

describe('the shipped templates’ Nøgletal slot', () => {
  it.each([
    ['lokal-udviklingsplan', 'Om lokalområdet'],
    ['strategiplan-landsbyklynge', 'Om klyngen'],
  ])('%s has an empty population block with a prompt under "%s"', async (id, heading) => {
    const nodes = await planFrom(id)
    const at = nodes.findIndex((n) => n.type === 'heading' && n.content?.[0]?.text === heading)
    const next = nodes.findIndex((n, i) => i > at && n.type === 'heading')
    const section = nodes.slice(at, next)
    const block = section.find((n) => n.type === 'keyFigures')
    expect(block?.attrs).toMatchObject({
      title: 'Indbyggere',
      labelHeading: 'År',
      columns: ['Indbyggere'],
      unit: 'personer',
    })
    const prompt = section[section.indexOf(block!) - 1]
    expect(prompt.type).toBe('paragraph')
    expect(String(prompt.attrs?.prompt)).toMatch(/^Nøgletal: .*Danmarks Statistik/)
    expect(nodes.filter((n) => n.type === 'keyFigures')).toHaveLength(1)
  })

  it('is English through in an English plan', async () => {
    env = await tempBackend()
    await env.backend.settings.set({ language: 'en' })
    const created = await createHandlers(env.backend, testHost())['plans.create']({
      title: 'Bøvl',
      council: '',
      kind: 'council',
      villages: ['Bøvl'],
      municipality: 'Billund',
      templateId: 'lokal-udviklingsplan',
      catalogueId: null,
    })
    const nodes = created.doc.content as N[]
    const at = nodes.findIndex((n) => n.type === 'keyFigures')
    const block = nodes[at].attrs
    expect(block).toMatchObject({ title: 'Residents', labelHeading: 'Year', unit: 'people' })
    const prompt = String(nodes[at - 1].attrs?.prompt)
    expect(danishWordsIn(`${String(block?.title)} ${prompt}`, [], { shown: true })).toEqual([])
  })
})
