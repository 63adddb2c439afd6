import { mkdtemp, readFile, readdir, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, expect, it } from 'vitest'
import type { ImportPackageResult, ListResult } from '../../../src/shared/api'
import type { Plan } from '../../../src/shared/model/plan'
import type { VersionSummary } from '../../../src/shared/model/versions'
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

async function planWithImageAndVersion() {
  const plan = await home.call<Plan>('plans.create', { title: 'Bøvl 2030', council: 'Bøvl Lokalråd' })
  const { src } = await home.call<{ src: string }>('assets.add', {
    planId: plan.id,
    fileName: 'kirke.png',
    data: pngBytes(1).toString('base64'),
  })
  const doc = {
    type: 'doc',
    content: [
      { type: 'paragraph', content: [{ type: 'text', text: 'Æbletræerne ved åen – vores stolthed.' }] },
      { type: 'image', attrs: { src, alt: 'Kirken' } },
    ],
  }
  await home.call('plans.save', { id: plan.id, rev: 0, doc })
  await home.call('versions.create', { id: plan.id, name: 'Sendt til kommunen' })
  return { plan: await home.call<Plan>('plans.get', { id: plan.id }), src }
}

it('exports a plan with its image and versions, and imports it on another laptop word for word', async () => {
  const { plan, src } = await planWithImageAndVersion()
  home.dialog.path = join(usb, 'Bøvl 2030') // the extension is added
  const saved = await home.call<{ status: string; path: string }>('plans.exportPackage', { id: plan.id })
  expect(saved).toEqual({ status: 'saved', path: join(usb, 'Bøvl 2030.planvaerksted') })

  hall.dialog.path = saved.path
  const imported = await hall.call<ImportPackageResult>('plans.importPackage', {})
  expect(imported).toMatchObject({
    status: 'imported',
    mode: 'new',
    plan: { id: plan.id, title: 'Bøvl 2030' },
  })
  const there = await hall.call<Plan>('plans.get', { id: plan.id })
  expect(there.doc).toEqual(plan.doc)
  expect(there.meta).toEqual(plan.meta)
  const name = src.slice('asset:'.length)
  expect(await hall.backend.assets.readAsset(plan.id, name)).toEqual(new Uint8Array(pngBytes(1)))
  const versions = await hall.call<VersionSummary[]>('versions.list', { id: plan.id })
  expect(versions.map((v) => v.name)).toEqual(['Sendt til kommunen'])
})

it('never replaces a plan without asking: copy gets a new id and "(kopi fra <dag>)", replace keeps the old state as a backup', async () => {
  const { plan } = await planWithImageAndVersion()
  home.dialog.path = join(usb, 'plan.planvaerksted')
  await home.call('plans.exportPackage', { id: plan.id, includeVersions: false })

  // Importing on the same laptop: the plan is here already, so the user is asked.
  home.dialog.path = join(usb, 'plan.planvaerksted')
  const asked = await home.call<ImportPackageResult>('plans.importPackage', {})
  expect(asked).toMatchObject({ status: 'exists', title: 'Bøvl 2030', existingTitle: 'Bøvl 2030' })
  if (asked.status !== 'exists') return
  const copy = await home.call<ImportPackageResult>('plans.importPackage', {
    token: asked.token,
    mode: 'copy',
  })
  expect(copy).toMatchObject({ status: 'imported', mode: 'copy' })
  // The day's wording is checked in a-copy-is-named-with-the-day-it-was-made.test.ts.
  expect(copy.status === 'imported' && copy.plan.title).toMatch(
    /^Bøvl 2030 \(kopi fra \d{1,2}\. [a-z]{3}\.?\)$/,
  )
  if (copy.status !== 'imported') return
  expect(copy.plan.id).not.toBe(plan.id)
  const copied = await home.call<Plan>('plans.get', { id: copy.plan.id })
  expect(copied.doc).toEqual(plan.doc) // its image was copied beside it too
  expect(
    await home.backend.assets.readAsset(
      copy.plan.id,
      (plan.doc.content![1] as { attrs: { src: string } }).attrs.src.slice(6),
    ),
  ).toBeTruthy()
  // A token is used once.
  await expect(home.call('plans.importPackage', { token: asked.token, mode: 'copy' })).rejects.toMatchObject({
    code: 'not-found',
  })

  // Replace after a confirm: the text written since the export is kept as a backup generation.
  await home.call('plans.save', {
    id: plan.id,
    rev: plan.rev,
    doc: {
      type: 'doc',
      content: [{ type: 'paragraph', content: [{ type: 'text', text: 'skrevet efter eksporten' }] }],
    },
  })
  const replaced = await home.call<ImportPackageResult>('plans.importPackage', { mode: 'replace' })
  expect(replaced).toMatchObject({ status: 'imported', mode: 'replace', plan: { id: plan.id } })
  expect((await home.call<Plan>('plans.get', { id: plan.id })).doc).toEqual(plan.doc)
  const gens = await home.call<{ seq: number }[]>('backups.list', { id: plan.id })
  const texts = await Promise.all(
    gens.map((g) => home.call<{ plan: Plan }>('backups.get', { id: plan.id, seq: g.seq })),
  )
  expect(texts.some((g) => JSON.stringify(g.plan.doc).includes('skrevet efter eksporten'))).toBe(true)
  const { plans } = await home.call<ListResult>('plans.list')
  expect(plans).toHaveLength(2)
})

it('cancelling either dialog writes nothing', async () => {
  const { plan } = await planWithImageAndVersion()
  home.dialog.path = null
  expect(await home.call('plans.exportPackage', { id: plan.id })).toEqual({ status: 'cancelled' })
  expect(await readdir(usb)).toEqual([])
  hall.dialog.path = null
  expect(await hall.call('plans.importPackage', {})).toEqual({ status: 'cancelled' })
  expect(await readdir(join(hall.dataDir, 'plans'))).toEqual([])
  expect(await readFile(join(home.dataDir, 'plans', `${plan.id}.json`), 'utf8')).toContain('Bøvl 2030')
})
