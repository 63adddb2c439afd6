import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, expect, it } from 'vitest'
import type { ListResult } from '../../../src/shared/api'
import type { Plan } from '../../../src/shared/model/plan'
import type { VersionSummary } from '../../../src/shared/model/versions'
import { fileKey } from '../../../src/main/backend/plans/planIndex'
import { realFs } from '../../../src/main/backend/store/fsFacade'
import { laptop } from '../packages/support'
import { countingFs } from './support/countingFs'
import { indexOnDisk, indexPath, plansRead, truthOf } from './support/planIndexFiles'
import { docSaying } from './support/tempBackend'

// Each writer of a plan file (create, save, rename, restore, import, delete, quarantine) goes
// through the real contract; after a restart the list must equal the plan files read whole, and
// must be given by the index alone (no plan file read).
const counting = countingFs()
let home: Awaited<ReturnType<typeof laptop>>
let usb: string
beforeEach(async () => {
  home = await laptop({ fs: () => counting.fs })
  usb = await mkdtemp(join(tmpdir(), 'pv-usb-'))
})
afterEach(async () => {
  await home.cleanup()
  await rm(usb, { recursive: true, force: true })
})

/** A restart, then the list: it must be the truth, read from the index alone. */
async function listAfterRestart(): Promise<ListResult> {
  await home.restart()
  counting.reads.length = 0
  const list = await home.call<ListResult>('plans.list')
  expect(list.plans).toEqual(await truthOf(home.dataDir))
  expect(plansRead(counting.reads, home.dataDir)).toEqual([])
  return list
}

it('create, save, rename, restore, import and delete each leave an index that lists the plans as they are', async () => {
  const plan = await home.call<Plan>('plans.create', { title: 'Bøvl 2030', council: 'Bøvl Lokalråd' })
  await home.call('plans.save', { id: plan.id, rev: 0, doc: docSaying('første udkast') })
  const version = await home.call<VersionSummary>('versions.create', {
    id: plan.id,
    name: 'Sendt til kommunen',
  })
  expect((await listAfterRestart()).plans.map((p) => p.title)).toEqual(['Bøvl 2030'])

  await home.call('plans.rename', { id: plan.id, title: 'Bøvl 2031' })
  expect((await listAfterRestart()).plans.map((p) => p.title)).toEqual(['Bøvl 2031'])

  // Going back to the named version puts its title back, as a new save.
  const { rev } = await home.call<Plan>('plans.get', { id: plan.id })
  await home.call('versions.restore', { id: plan.id, versionId: version.id, mode: 'replace', rev })
  expect((await listAfterRestart()).plans.map((p) => p.title)).toEqual(['Bøvl 2030'])

  const restored = await home.call<Plan>('versions.restore', {
    id: plan.id,
    versionId: version.id,
    mode: 'newPlan',
    rev: rev + 1,
  })
  home.dialog.path = join(usb, 'plan.planvaerksted')
  await home.call('plans.exportPackage', { id: plan.id, includeVersions: false })
  const asked = await home.call<{ status: string; token: string }>('plans.importPackage', {})
  await home.call('plans.importPackage', { token: asked.token, mode: 'copy' })
  const titles = (await listAfterRestart()).plans.map((p) => p.title).sort()
  expect(titles.slice(0, 2)).toEqual(['Bøvl 2030', 'Bøvl 2030 (Sendt til kommunen)'])
  expect(titles[2]).toMatch(/^Bøvl 2030 \(kopi fra \d{1,2}\. [a-z]{3}\.?\)$/)

  await home.call('plans.delete', { id: restored.id })
  expect((await listAfterRestart()).plans).toHaveLength(2)
  expect(Object.keys((await indexOnDisk(home.dataDir)).plans)).not.toContain(restored.id)
})

it('a plan that no longer reads is set aside and reported, and leaves the index', async () => {
  const good = await home.call<Plan>('plans.create', { title: 'Den gode plan' })
  const bad = await home.call<Plan>('plans.create', { title: 'Hestlund 2030' })
  await home.backend.close()
  const file = join(home.dataDir, 'plans', `${bad.id}.json`)
  await writeFile(file, (await readFile(file, 'utf8')).slice(0, -7))

  await home.restart()
  const list = await home.call<ListResult>('plans.list')
  expect(list.plans.map((p) => p.id)).toEqual([good.id])
  expect(list.quarantined).toMatchObject([{ id: bad.id, reason: 'not-json', title: 'Hestlund 2030' }])
  await home.restart()
  expect(Object.keys((await indexOnDisk(home.dataDir)).plans)).toEqual([good.id])
})

it('a plan spoilt in place so that its file looks unchanged is listed from the index until opened, then set aside and reported', async () => {
  const good = await home.call<Plan>('plans.create', { title: 'Den gode plan' })
  const bad = await home.call<Plan>('plans.create', { title: 'Hestlund 2030' })
  await home.backend.close()
  const file = join(home.dataDir, 'plans', `${bad.id}.json`)
  await writeFile(file, (await readFile(file, 'utf8')).replace('"rev":0', '"rev":"x"'))
  // A bad sector changes no time stamp: the index is made to believe the spoilt file.
  const index = await indexOnDisk(home.dataDir)
  index.plans[bad.id].file = (await fileKey(realFs, file))!
  await writeFile(indexPath(home.dataDir), JSON.stringify(index))

  await home.restart()
  const listed = await home.call<ListResult>('plans.list')
  expect(listed.plans.map((p) => p.title).sort()).toEqual(['Den gode plan', 'Hestlund 2030'])
  const opened = await home.raw('plans.get', { id: bad.id })
  expect(opened).toMatchObject({ ok: false, error: { code: 'invalid-file' } })
  const after = await home.call<ListResult>('plans.list')
  expect(after.plans.map((p) => p.id)).toEqual([good.id])
  expect(after.quarantined).toMatchObject([{ id: bad.id, reason: 'invalid', title: 'Hestlund 2030' }])
})
