import { readFile, readdir, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import fc from 'fast-check'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { MAX_DOC_DEPTH, checkDocument } from '../../../src/shared/document/validate'
import { isAllowedLink } from '../../../src/shared/document/linkPolicy'
import { assetName } from '../../../src/shared/document/image/planImage'
import { HEADING_LEVELS } from '../../../src/shared/document/heading/headingAttrs'
import { MAX_SPAN } from '../../../src/shared/document/table/tableAttrs'
import { InitiativeAttrsSchema } from '../../../src/shared/document/initiative/initiativeAttrs'
import { exportPlanToDocx } from '../../../src/main/backend/export'
import { createHandlers } from '../../../src/main/handlers'
import { dispatch } from '../../../src/main/backend/dispatch'
import type { DocJSON } from '../../../src/shared/model/plan'
import { meta } from '../export/fixtures/samplePlan'
import { docxSchemaErrors } from '../export/fixtures/ooxmlSchemas'
import { tempBackend, testHost } from '../backend/support/tempBackend'
import { anyDoc, planLikeDoc } from './support/docArbitrary'

const SEED = 0x0d0c
type N = { type: string; attrs?: Record<string, unknown>; marks?: N[]; content?: N[] }

/** What the export and the editor rely on in an accepted document, checked without recursion. */
function invariantsOf(json: unknown): string | null {
  const stack: { node: N; depth: number }[] = [{ node: json as N, depth: 1 }]
  const ids = new Set<string>()
  while (stack.length) {
    const { node, depth } = stack.pop()!
    if (depth > MAX_DOC_DEPTH) return `depth ${depth}`
    const a = node.attrs ?? {}
    if (node.type === 'tableCell' || node.type === 'tableHeader') {
      for (const span of [a.colspan ?? 1, a.rowspan ?? 1]) {
        if (!Number.isInteger(span) || (span as number) < 1 || (span as number) > MAX_SPAN)
          return `span ${span}`
      }
    }
    if (node.type === 'heading' && !(HEADING_LEVELS as readonly unknown[]).includes(a.level ?? 1))
      return `level ${a.level}`
    if (node.type === 'image' && assetName(a.src) === null) return `image ${a.src}`
    if (node.type === 'initiative') {
      if (
        !InitiativeAttrsSchema.safeParse(a).success &&
        !InitiativeAttrsSchema.partial().safeParse(a).success
      )
        return `initiative ${JSON.stringify(a)}`
      if (ids.has(a.id as string)) return `duplicate ${a.id}`
      ids.add(a.id as string)
    }
    for (const m of node.marks ?? [])
      if (m.type === 'link' && !isAllowedLink(m.attrs?.href)) return `link ${m.attrs?.href}`
    for (const c of node.content ?? []) stack.push({ node: c, depth: depth + 1 })
  }
  return null
}

describe('checkDocument on random and hostile documents', () => {
  it('never throws, and every document it accepts keeps the invariants the export relies on', () => {
    let accepted = 0
    let refused = 0
    fc.assert(
      fc.property(anyDoc, (json) => {
        let check: ReturnType<typeof checkDocument>
        expect(() => (check = checkDocument(json))).not.toThrow()
        if (!check!.ok) {
          refused++
          expect(typeof check!.reason).toBe('string')
          return
        }
        accepted++
        // The node ProseMirror built is what is stored (save writes node.toJSON()).
        expect(invariantsOf(check!.node.toJSON())).toBeNull()
        expect(invariantsOf(json)).toBeNull()
      }),
      { seed: SEED, numRuns: 600 },
    )
    // Both sides must be exercised, or the property says nothing.
    expect(accepted).toBeGreaterThan(60)
    expect(refused).toBeGreaterThan(60)
  })

  it('every accepted document exports to a Word file valid by the ECMA-376 schemas', async () => {
    await fc.assert(
      fc.asyncProperty(planLikeDoc, async (json) => {
        const check = checkDocument(json)
        fc.pre(check.ok)
        const bytes = await exportPlanToDocx({
          plan: { meta, doc: json as DocJSON },
          readAsset: async () => {
            throw Object.assign(new Error('no such asset'), { code: 'ENOENT' })
          },
          options: { reviewCopy: false, date: new Date(2026, 2, 12) },
        })
        expect(bytes.length).toBeGreaterThan(1000)
        expect(docxSchemaErrors(bytes)).toEqual([])
      }),
      { seed: SEED, numRuns: 25 },
    )
  }, 60_000)
})

describe('plans.save with a refused document', () => {
  let env: Awaited<ReturnType<typeof tempBackend>>
  let planId: string
  let rev: number
  beforeAll(async () => {
    env = await tempBackend()
    const plan = await env.backend.plans.create(
      { title: 'Bøvl', council: '', kind: 'council', villages: [], municipality: '', templateId: 'blank' },
      null,
      null,
    )
    planId = plan.id
    rev = plan.rev
  })
  afterAll(async () => env.cleanup())

  const snapshot = async () => {
    const names = (await readdir(env.dataDir, { recursive: true })).sort()
    return { names, plan: await readFile(join(env.dataDir, 'plans', `${planId}.json`), 'utf8') }
  }

  it('is refused, typed, and changes nothing on disk', async () => {
    const handlers = createHandlers(env.backend, testHost())
    // The home list's index is written behind the create: let it land so only refusals are compared.
    await env.backend.plans.flush()
    const before = await snapshot()
    let tried = 0
    await fc.assert(
      fc.asyncProperty(anyDoc, async (json) => {
        fc.pre(!checkDocument(json).ok)
        tried++
        const result = await dispatch(handlers, 'plans.save', { id: planId, rev, doc: json })
        expect(result.ok).toBe(false)
        if (!result.ok) expect(['invalid-document', 'invalid-input']).toContain(result.error.code)
      }),
      { seed: SEED, numRuns: 80 },
    )
    expect(tried).toBeGreaterThan(20)
    expect(await snapshot()).toEqual(before)
  }, 60_000)

  it('a 1,500-deep document is refused as invalid-document and the plan still opens', async () => {
    let node: unknown = { type: 'paragraph', content: [{ type: 'text', text: 'bund' }] }
    for (let i = 0; i < 1500; i++) node = { type: 'blockquote', content: [node] }
    const before = await snapshot()
    const result = await dispatch(createHandlers(env.backend, testHost()), 'plans.save', {
      id: planId,
      rev,
      doc: { type: 'doc', content: [node] },
    })
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid-document' } })
    expect(await snapshot()).toEqual(before)
    const reopened = await env.restart()
    expect((await reopened.plans.get(planId)).rev).toBe(rev)
  })
})

describe('a plan file already on disk that nests 1,500 levels deep (written before the check)', () => {
  it('is set aside with a notice, typed, and the other plans still open: no stack overflow', async () => {
    const env = await tempBackend()
    try {
      const blank = {
        title: 'Dyb',
        council: '',
        kind: 'council' as const,
        villages: [],
        municipality: '',
        templateId: 'blank',
      }
      const deep = await env.backend.plans.create(blank, null, null)
      const other = await env.backend.plans.create({ ...blank, title: 'Anden' }, null, null)
      await env.backend.close()
      let node: unknown = { type: 'paragraph', content: [{ type: 'text', text: 'bund' }] }
      for (let i = 0; i < 1500; i++) node = { type: 'blockquote', content: [node] }
      const file = join(env.dataDir, 'plans', `${deep.id}.json`)
      const onDisk = JSON.parse(await readFile(file, 'utf8'))
      await writeFile(file, JSON.stringify({ ...onDisk, doc: { type: 'doc', content: [node] } }))

      const backend = await env.restart()
      const handlers = createHandlers(backend, testHost())
      const list = await dispatch(handlers, 'plans.list', undefined)
      expect(list.ok).toBe(true)
      const value = (list as { value: { plans: { id: string }[]; quarantined: { id: string }[] } }).value
      expect(value.plans.map((p) => p.id)).toEqual([other.id])
      expect(value.quarantined.map((q) => q.id)).toContain(deep.id)
      const got = await dispatch(handlers, 'plans.get', { id: deep.id })
      expect(got.ok).toBe(false)
      if (!got.ok) expect(got.error.code).not.toBe('internal')
    } finally {
      await env.cleanup()
    }
  })
})
