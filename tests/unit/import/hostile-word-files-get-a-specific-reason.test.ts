import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { join } from 'node:path'
import * as h from '../../fixtures/hostileDocx'
import { truncated } from '../../fixtures/hostileFiles'
import { variedDocx } from '../../fixtures/variedDocx'
import { outcome, wordImportRig } from './support/wordImportRig'

type Rig = Awaited<ReturnType<typeof wordImportRig>>

/** Each broken or hostile file, and the typed refusal that names what is wrong with it. */
const HOSTILE: [string, () => Uint8Array | Promise<Uint8Array>, { code: string; reason: string }][] = [
  ['an external entity (XXE)', h.externalEntity, { code: 'unsafe-file', reason: 'xml-doctype' }],
  ['billion laughs', h.billionLaughs, { code: 'unsafe-file', reason: 'xml-doctype' }],
  ['malformed XML', h.malformedXml, { code: 'invalid-file', reason: 'damaged-xml' }],
  ['an undefined entity', h.unknownEntity, { code: 'invalid-file', reason: 'damaged-xml' }],
  ['bytes that are not UTF-8', h.notUtf8, { code: 'invalid-file', reason: 'damaged-xml' }],
  ['10,000-deep nesting', () => h.deeplyNested(10_000), { code: 'unsafe-file', reason: 'too-deep' }],
  ['a password-protected .docx', h.passwordProtected, { code: 'invalid-file', reason: 'password-protected' }],
  ['a truncated zip', async () => truncated(await variedDocx()), { code: 'invalid-file', reason: 'damaged' }],
  ['an empty file', () => new Uint8Array(0), { code: 'not-a-docx', reason: 'empty-file' }],
  ['500 KB of unclosed tags', () => h.unclosedDocx(500), { code: 'invalid-file', reason: 'damaged-xml' }],
]

describe('hostile and broken Word files', () => {
  let rig: Rig
  beforeEach(async () => {
    rig = await wordImportRig()
  })
  afterEach(async () => rig.cleanup())

  it.each(HOSTILE)('%s is refused with its own reason, as a plan', async (_name, make, expected) => {
    expect(outcome(await rig.importDocx(await make()))).toEqual(expected)
    expect((await rig.backend.plans.list()).plans).toEqual([])
  })

  it.each(HOSTILE)('%s is refused with its own reason, as review comments', async (_name, make, expected) => {
    const planId = await rig.blankPlan()
    expect(outcome(await rig.importComments(planId, await make()))).toEqual(expected)
    expect(await rig.backend.reviews.list(planId)).toEqual({ placed: [], unplaced: [] })
  })

  it('a UTF-16 document (which OPC allows) imports with its text', async () => {
    const answer = await rig.importDocx(h.utf16Document('Forord om Ærø – „Ådalen“'))
    expect(outcome(answer)).toBe('imported')
    const { plan } = (answer as { value: { plan: { id: string } } }).value
    const saved = await rig.backend.plans.get(plan.id)
    expect(JSON.stringify(saved.doc)).toContain('Forord om Ærø – „Ådalen“')
  })

  it('a chosen file that is gone says the file is missing, not that the plan is', async () => {
    const gone = join(rig.env.dataDir, 'no-such-file.docx')
    expect(outcome(await rig.importDocx(gone))).toEqual({ code: 'not-found', reason: 'file-missing' })
    const planId = await rig.blankPlan()
    expect(outcome(await rig.importComments(planId, gone))).toEqual({
      code: 'not-found',
      reason: 'file-missing',
    })
  })
})
