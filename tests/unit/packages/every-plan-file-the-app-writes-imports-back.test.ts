import { mkdtemp, readdir, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, expect, it } from 'vitest'
import type { ImportPackageResult } from '../../../src/shared/api'
import type { DocJSON, Plan } from '../../../src/shared/model/plan'
import { MAX_PLAN_JSON_BYTES } from '../../../src/main/backend/packages/packageLimits'
import { laptop, pngBytes } from './support'

let home: Awaited<ReturnType<typeof laptop>>
let hall: Awaited<ReturnType<typeof laptop>>
let usb: string
beforeEach(async () => {
  home = await laptop()
  hall = await laptop()
  usb = await mkdtemp(join(tmpdir(), 'pv-usb-'))
})
afterEach(async () => {
  await home.cleanup()
  await hall.cleanup()
  await rm(usb, { recursive: true, force: true })
})

/** A plan written on `home` with `doc`, as the editor would save it. */
async function planWith(doc: DocJSON): Promise<Plan> {
  const plan = await home.call<Plan>('plans.create', { title: 'Skema til udfyldning' })
  await home.call('plans.save', { id: plan.id, rev: 0, doc })
  return home.call<Plan>('plans.get', { id: plan.id })
}

/** Export on `home`, import on `hall`: the plan must arrive word for word. */
async function carryOver(plan: Plan): Promise<void> {
  home.dialog.path = join(usb, 'plan.planvaerksted')
  expect(await home.call('plans.exportPackage', { id: plan.id })).toMatchObject({ status: 'saved' })
  hall.dialog.path = home.dialog.path
  const res = await hall.call<ImportPackageResult>('plans.importPackage', {})
  expect(res).toMatchObject({ status: 'imported', mode: 'new', plan: { id: plan.id } })
  expect((await hall.call<Plan>('plans.get', { id: plan.id })).doc).toEqual(plan.doc)
}

/** Letters that do not repeat, so the plan is big in the package too (a bomb check cannot pass it
 * for being small). */
function prose(bytes: number, seed: number): string {
  const letters = 'abcdefghijklmnopqrstuvwxyzæøå ,.'
  let x = seed
  let out = ''
  while (out.length < bytes) {
    x = (x * 1103515245 + 12345) >>> 0
    out += letters[x % letters.length]
  }
  return out
}

/** A document of about `bytes` bytes of JSON, in paragraphs of 16 KB. */
function docOfSize(bytes: number): DocJSON {
  const per = 16 * 1024
  return {
    type: 'doc',
    content: Array.from({ length: Math.ceil(bytes / per) }, (_, i) => ({
      type: 'paragraph',
      content: [{ type: 'text', text: prose(per - 50, i + 1) }],
    })),
  }
}

it('a plan with an empty 60x25 table (a schedule to fill in) is not taken for a zip bomb', async () => {
  const cell = { type: 'tableCell', content: [{ type: 'paragraph' }] }
  const row = { type: 'tableRow', content: Array.from({ length: 25 }, () => cell) }
  const table = { type: 'table', content: Array.from({ length: 60 }, () => row) }
  await carryOver(await planWith({ type: 'doc', content: [table] }))
})

it('a plan near the largest a plan file carries exports and imports back', async () => {
  const doc = docOfSize(MAX_PLAN_JSON_BYTES - 512 * 1024)
  const plan = await planWith(doc)
  expect(JSON.stringify(plan).length).toBeGreaterThan(MAX_PLAN_JSON_BYTES - 1024 * 1024)
  await carryOver(plan)
}, 120_000)

it('a plan past that size is refused at export, with the reason, before anything is saved', async () => {
  const plan = await planWith(docOfSize(MAX_PLAN_JSON_BYTES + 1024 * 1024))
  home.dialog.path = join(usb, 'plan.planvaerksted')
  const res = await home.raw('plans.exportPackage', { id: plan.id })
  expect(res).toMatchObject({
    ok: false,
    error: { code: 'too-large', details: { reason: 'export-too-large' } },
  })
  expect(await readdir(usb)).toEqual([])
}, 120_000)

it('a plan whose picture is damaged on disk is refused at export, not on the other laptop', async () => {
  const { id } = await home.call<Plan>('plans.create', { title: 'Med billede' })
  const { src } = await home.call<{ src: string }>('assets.add', {
    planId: id,
    fileName: 'kirke.png',
    data: pngBytes(1).toString('base64'),
  })
  await home.call('plans.save', {
    id,
    rev: 0,
    doc: { type: 'doc', content: [{ type: 'image', attrs: { src } }] },
  })
  await writeFile(home.backend.assets.resolveAssetPath(id, src.slice('asset:'.length))!, pngBytes(2)) // bit rot
  home.dialog.path = join(usb, 'plan.planvaerksted')
  const res = await home.raw('plans.exportPackage', { id })
  expect(res).toMatchObject({
    ok: false,
    error: { code: 'invalid-file', details: { reason: 'export-image-damaged' } },
  })
  expect(await readdir(usb)).toEqual([])
})
