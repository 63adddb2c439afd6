import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { strToU8, unzipSync, zipSync } from 'fflate'
import { afterEach, beforeEach, expect, it } from 'vitest'
import type { ImportPackageResult, ListResult } from '../../../src/shared/api'
import type { Plan } from '../../../src/shared/model/plan'
import { realFs, type Fs } from '../../../src/main/backend/store/fsFacade'
import { laptop, pngBytes } from './support'

/**
 * The data folder as Windows and macOS see it: names inside it are one file whatever their case
 * (plans/ABC.json is plans/abc.json). Paths are folded below the folder, the folder itself kept.
 */
function caseInsensitiveFs(dataDir: string): Fs {
  const fold = (p: unknown) =>
    typeof p === 'string' && p.startsWith(dataDir) ? dataDir + p.slice(dataDir.length).toLowerCase() : p
  const wrap =
    <F extends (...args: never[]) => unknown>(f: F, paths = 1) =>
    (...args: unknown[]) =>
      (f as unknown as (...a: unknown[]) => unknown)(...args.map((a, i) => (i < paths ? fold(a) : a)))
  return {
    open: wrap(realFs.open) as Fs['open'],
    readFile: wrap(realFs.readFile) as Fs['readFile'],
    rename: wrap(realFs.rename, 2) as Fs['rename'],
    unlink: wrap(realFs.unlink) as Fs['unlink'],
    mkdir: wrap(realFs.mkdir) as Fs['mkdir'],
    readdir: wrap(realFs.readdir) as Fs['readdir'],
    stat: wrap(realFs.stat) as Fs['stat'],
    rm: wrap(realFs.rm) as Fs['rm'],
    utimes: wrap(realFs.utimes) as Fs['utimes'],
    writeFile: wrap(realFs.writeFile) as Fs['writeFile'],
  }
}

let pc: Awaited<ReturnType<typeof laptop>>
let usb: string
beforeEach(async () => {
  pc = await laptop({ fs: caseInsensitiveFs })
  usb = await mkdtemp(join(tmpdir(), 'pv-usb-'))
})
afterEach(async () => {
  await pc.cleanup()
  await rm(usb, { recursive: true, force: true })
})

/** The user's plan with a picture, and a package of it whose id someone wrote in capitals. */
async function planAndShoutedPackage(): Promise<{ plan: Plan; path: string }> {
  const created = await pc.call<Plan>('plans.create', { title: 'Bøvl 2030' })
  const { src } = await pc.call<{ src: string }>('assets.add', {
    planId: created.id,
    fileName: 'kirke.png',
    data: pngBytes(1).toString('base64'),
  })
  const doc = { type: 'doc', content: [{ type: 'image', attrs: { src } }] }
  await pc.call('plans.save', { id: created.id, rev: 0, doc })
  const plan = await pc.call<Plan>('plans.get', { id: created.id })
  pc.dialog.path = join(usb, 'plan.planvaerksted')
  await pc.call('plans.exportPackage', { id: plan.id })
  const files = unzipSync(new Uint8Array(await readFile(pc.dialog.path)))
  const shouted = JSON.parse(new TextDecoder().decode(files['plan.json']))
  files['plan.json'] = strToU8(JSON.stringify({ ...shouted, id: plan.id.toUpperCase() }))
  const path = join(usb, 'shouted.planvaerksted')
  await writeFile(path, zipSync(files))
  return { plan, path }
}

it('a package whose id differs only in case is the same plan: asked about, never set aside as corrupt', async () => {
  const { plan, path } = await planAndShoutedPackage()
  expect(plan.id).toBe(plan.id.toLowerCase())
  pc.dialog.path = path
  await pc.restart() // nothing cached: the lookup goes to the disk, where the case is folded

  const asked = await pc.call<ImportPackageResult>('plans.importPackage', {})
  expect(asked).toMatchObject({ status: 'exists', existingTitle: 'Bøvl 2030' })
  const { plans, quarantined } = await pc.call<ListResult>('plans.list')
  expect(quarantined).toEqual([])
  expect(plans.map((p) => p.id)).toEqual([plan.id])
  expect((await pc.call<Plan>('plans.get', { id: plan.id })).doc).toEqual(plan.doc)

  if (asked.status !== 'exists') return
  const replaced = await pc.call<ImportPackageResult>('plans.importPackage', {
    token: asked.token,
    mode: 'replace',
  })
  expect(replaced).toMatchObject({ status: 'imported', mode: 'replace', plan: { id: plan.id } })
  expect((await pc.call<ListResult>('plans.list')).quarantined).toEqual([])
})

it('plan ids are lower case in the contract, so an id in capitals never reaches the disk', async () => {
  const plan = await pc.call<Plan>('plans.create', { title: 'Bøvl 2030' })
  await pc.restart()
  const res = await pc.raw('plans.get', { id: plan.id.toUpperCase() })
  expect(res).toMatchObject({ ok: false, error: { code: 'invalid-input' } })
  expect((await pc.call<ListResult>('plans.list')).quarantined).toEqual([])
})
