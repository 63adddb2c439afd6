import { readdir, readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { Template } from '../../../src/shared/model/template'
import { checkDocument } from '../../../src/shared/document/validate'
import { docFromTemplate } from '../../../src/main/backend/templates/docFromTemplate'
import { RESOURCES_DIR, tempBackend } from './support/tempBackend'
import { danishWordsIn } from '../../fixtures/danishWords'
import { createHandlers } from '../../../src/main/handlers'
import type { Host } from '../../../src/main/hostApi'

const noDialogs: Host = {
  showSaveDialog: async () => null,
  showOpenDialog: async () => null,
  showOpenFilesDialog: async () => [],
  openExternal: async () => undefined,
  openPath: async () => undefined,
  showItemInFolder: async () => undefined,
  // No window to print here: an empty answer, which the PDF handler refuses.
  printToPdf: async () => new Uint8Array(),
  appVersion: () => '0.0.0-test',
  assetBase: () => 'pv-asset://plan/',
}

const DOMAIN_ORDER = [
  'Forord',
  'Om lokalområdet',
  'Status og analyse',
  'Vision',
  'Indsatsområder',
  'Projekter og initiativer',
  'Handlingsplan',
  'Organisering',
  'Sammenhæng med kommunens planer',
  'Bilag',
]

describe('the shipped templates', () => {
  it('all validate and each has a guiding prompt with an example for every section', async () => {
    const files = (await readdir(join(RESOURCES_DIR, 'templates'))).filter((f) => f.endsWith('.json'))
    expect(files.sort()).toEqual([
      'kort-handlingsplan.json',
      'lokal-udviklingsplan.json',
      'strategiplan-landsbyklynge.json',
    ])
    for (const f of files) {
      const t = Template.parse(JSON.parse(await readFile(join(RESOURCES_DIR, 'templates', f), 'utf8')))
      expect(`${t.id}.json`).toBe(f)
      for (const s of t.sections) {
        expect(s.prompt, `${t.id}: ${s.heading}`).toMatch(/Fx: ».+«/)
        expect(s.promptEn, `${t.id}: ${s.headingEn}`).toMatch(/E\.g\.: “.+”/)
        // An English template is English through: heading, prompt and its example.
        expect(
          danishWordsIn(`${s.headingEn} ${s.promptEn}`, [], { shown: true }),
          `${t.id}: ${s.headingEn}`,
        ).toEqual([])
      }
      expect(danishWordsIn(`${t.titleEn} ${t.descriptionEn}`, [], { shown: true }), t.id).toEqual([])
      const doc = docFromTemplate(t)
      const check = checkDocument(doc)
      expect(check.ok, `${t.id}: ${check.ok ? '' : check.reason}`).toBe(true)
    }
  })

  it('lay out the full plan in the order of the domain guide', async () => {
    const t = Template.parse(
      JSON.parse(await readFile(join(RESOURCES_DIR, 'templates', 'lokal-udviklingsplan.json'), 'utf8')),
    )
    expect(t.sections.filter((s) => s.level === 1).map((s) => s.heading)).toEqual(DOMAIN_ORDER)
  })
})

describe('a new plan from a template', () => {
  let env: Awaited<ReturnType<typeof tempBackend>>
  afterEach(() => env.cleanup())

  it('opens with a heading and a prompted empty paragraph per section, and derived blocks where they belong', async () => {
    env = await tempBackend()
    const summaries = await env.backend.templates.list()
    expect(summaries.map((s) => s.id)).toEqual([
      'blank',
      'kort-handlingsplan',
      'lokal-udviklingsplan',
      'strategiplan-landsbyklynge',
    ])
    const template = await env.backend.templates.get('lokal-udviklingsplan')
    const plan = await env.backend.plans.create(
      {
        title: 'Bøvl',
        council: 'Bøvl Lokalråd',
        kind: 'council',
        villages: ['Bøvl'],
        municipality: 'Billund',
        templateId: 'lokal-udviklingsplan',
      },
      template,
      null,
    )
    const nodes = (await env.backend.plans.get(plan.id)).doc.content as {
      type: string
      attrs?: Record<string, unknown>
      content?: { text: string }[]
    }[]
    expect(nodes[0]).toMatchObject({ type: 'heading', attrs: { level: 1 }, content: [{ text: 'Forord' }] })
    expect(nodes[1].type).toBe('paragraph')
    expect(nodes[1].attrs?.prompt).toMatch(/^Fortæl kort/)
    expect(nodes[1].content).toBeUndefined()
    const after = (heading: string) =>
      nodes[nodes.findIndex((n) => n.content?.[0]?.text === heading) + 2]?.type
    expect(after('Handlingsplan')).toBe('actionPlan')
    expect(after('Sammenhæng med kommunens planer')).toBe('focusMatrix')
    expect(nodes.filter((n) => n.type === 'actionPlan')).toHaveLength(1)
  })

  it('is English through when the UI is English: headings, prompts, and the derived blocks in place', async () => {
    env = await tempBackend()
    await env.backend.settings.set({ language: 'en' })
    const created = await createHandlers(env.backend, noDialogs)['plans.create']({
      title: 'Bøvl',
      council: 'Bøvl Local Council',
      kind: 'council',
      villages: ['Bøvl'],
      municipality: 'Billund',
      templateId: 'lokal-udviklingsplan',
      catalogueId: null,
    })
    const nodes = created.doc.content as {
      type: string
      attrs?: Record<string, unknown>
      content?: { text: string }[]
    }[]
    const headings = nodes.filter((n) => n.type === 'heading').map((n) => n.content?.[0]?.text ?? '')
    expect(headings.slice(0, 3)).toEqual(['Foreword', 'About the local area', 'Status and analysis'])
    const prompts = nodes.map((n) => n.attrs?.prompt).filter((p): p is string => typeof p === 'string')
    // One prompt per section, and one more for each Nøgletal slot (its own guiding prompt).
    expect(prompts).toHaveLength(headings.length + nodes.filter((n) => n.type === 'keyFigures').length)
    expect(danishWordsIn([...headings, ...prompts].join(' '), [], { shown: true })).toEqual([])
    const after = (heading: string) =>
      nodes[nodes.findIndex((n) => n.content?.[0]?.text === heading) + 2]?.type
    expect(after('Action plan')).toBe('actionPlan')
    expect(after("Links to the municipality's plans")).toBe('focusMatrix')
  })

  it('opens a blank plan as one empty paragraph and refuses an unknown template', async () => {
    env = await tempBackend()
    expect(await env.backend.templates.get('blank')).toBeNull()
    expect(docFromTemplate(null)).toEqual({ type: 'doc', content: [{ type: 'paragraph' }] })
    await expect(env.backend.templates.get('findes-ikke')).rejects.toMatchObject({ code: 'not-found' })
  })
})
