import { createHash } from 'node:crypto'
import { mkdir, mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join, relative } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { ImportPackageResult, ListResult } from '../../../src/shared/api'
import type { Plan } from '../../../src/shared/model/plan'
import { writePackage } from '../../../src/main/backend/packages/writePackage'
import { realFs, type Fs } from '../../../src/main/backend/store/fsFacade'
import { faultyFs, osError } from '../faults/support/faultyFs'
import { laptop, pngBytes } from './support'

const ID = '0a0a0a0a-1111-4222-8333-444444444444'
const now = '2026-03-12T10:00:00.000Z'
const png = pngBytes(3)
const pngName = `${createHash('sha256').update(png).digest('hex')}.png`
const plan: Plan = {
  schemaVersion: 1,
  id: ID,
  rev: 2,
  meta: {
    title: 'Fra den anden computer',
    council: '',
    kind: 'council',
    villages: [],
    municipality: '',
    templateId: 'blank',
    versionLabel: '',
    catalogue: null,
    createdAt: now,
    updatedAt: now,
  },
  doc: {
    type: 'doc',
    content: [
      { type: 'paragraph', content: [{ type: 'text', text: 'Hej' }] },
      { type: 'image', attrs: { src: `asset:${pngName}`, alt: '' } },
    ],
  },
}

let usb: string
beforeEach(async () => {
  usb = await mkdtemp(join(tmpdir(), 'pv-usb-'))
})
afterEach(async () => {
  await rm(usb, { recursive: true, force: true })
})

/** The package on the stick, carrying plan `ID` and its one image. */
async function packageOnStick(): Promise<string> {
  const path = join(usb, 'plan.planvaerksted')
  await writeFile(path, writePackage({ plan, assets: new Map([[pngName, png]]), versions: [] }, '0.1.0'))
  return path
}

/** Every file under `dir` with its bytes, so "untouched" can be compared exactly. */
async function filesUnder(dir: string): Promise<Record<string, string>> {
  const out: Record<string, string> = {}
  for (const entry of await readdir(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue
    const path = join(entry.parentPath, entry.name)
    out[relative(dir, path)] = (await readFile(path)).toString('base64')
  }
  return out
}

/** The other plan's belongings in plans/<ID>/: a picture and the consultant's comments. */
async function belongingsOf(dataDir: string): Promise<string> {
  const folder = join(dataDir, 'plans', ID)
  await mkdir(join(folder, 'assets'), { recursive: true })
  await writeFile(join(folder, 'assets', pngName), png)
  await writeFile(join(folder, 'reviews.json'), JSON.stringify({ comments: ['konsulentens kommentar'] }))
  return folder
}

describe('a plan file whose id is held by a plan this app cannot open', () => {
  it('a plan from a newer app: the package comes in as a copy and the newer plan keeps every file', async () => {
    const pc = await laptop()
    try {
      const folder = await belongingsOf(pc.dataDir)
      const newer = JSON.stringify({ schemaVersion: 99, id: ID, shapeOfTheFuture: true })
      await writeFile(join(pc.dataDir, 'plans', `${ID}.json`), newer)
      const before = await filesUnder(folder)

      pc.dialog.path = await packageOnStick()
      const res = await pc.call<ImportPackageResult>('plans.importPackage', {})

      expect(res).toMatchObject({ status: 'imported', mode: 'copy' })
      if (res.status !== 'imported') return
      expect(res.plan.id).not.toBe(ID)
      expect(await filesUnder(folder)).toEqual(before)
      expect(await readFile(join(pc.dataDir, 'plans', `${ID}.json`), 'utf8')).toBe(newer)
      const copy = await pc.call<Plan>('plans.get', { id: res.plan.id })
      expect(copy.doc).toEqual(plan.doc)
      expect(await pc.backend.assets.readAsset(res.plan.id, pngName)).toEqual(new Uint8Array(png))
    } finally {
      await pc.cleanup()
    }
  })

  it('a plan file that cannot be read (no permission) is an error, never "not here": nothing is written', async () => {
    const denied = { on: true }
    const pc = await laptop({
      fs: (dataDir): Fs => ({
        ...realFs,
        readFile: ((path: string, ...rest: unknown[]) =>
          denied.on && path === join(dataDir, 'plans', `${ID}.json`)
            ? Promise.reject(osError('EACCES', path))
            : (realFs.readFile as (...a: unknown[]) => Promise<Buffer>)(path, ...rest)) as Fs['readFile'],
      }),
    })
    try {
      const folder = await belongingsOf(pc.dataDir)
      await writeFile(join(pc.dataDir, 'plans', `${ID}.json`), JSON.stringify({ ...plan, rev: 9 }))
      const before = await filesUnder(join(pc.dataDir, 'plans'))

      pc.dialog.path = await packageOnStick()
      const res = await pc.raw('plans.importPackage', {})

      expect(res).toMatchObject({ ok: false, error: { code: 'permission-denied' } })
      expect(await filesUnder(join(pc.dataDir, 'plans'))).toEqual(before)
      denied.on = false
      expect((await pc.call<Plan>('plans.get', { id: ID })).rev).toBe(9)
      expect(await readdir(folder)).toEqual(['assets', 'reviews.json'])
    } finally {
      await pc.cleanup()
    }
  })

  it('the disk filling while importing over a set-aside plan takes back only what the import wrote', async () => {
    const { fs, state } = faultyFs()
    const pc = await laptop({ fs: () => fs })
    try {
      const folder = await belongingsOf(pc.dataDir)
      await writeFile(join(pc.dataDir, 'plans', `${ID}.json`), '{"schemaVersion": 1, "id": "') // cut off
      const { quarantined } = await pc.call<ListResult>('plans.list')
      expect(quarantined.map((q) => q.id)).toEqual([ID])
      const before = await filesUnder(join(pc.dataDir, 'plans'))
      expect(Object.keys(before).sort()).toEqual([join(ID, 'assets', pngName), join(ID, 'reviews.json')])

      // Images still fit; the plan file itself does not.
      state.failWith = 'ENOSPC'
      state.where = (p) => /[\\/]plans[\\/][^\\/]+\.json/.test(p)
      pc.dialog.path = await packageOnStick()
      const res = await pc.raw('plans.importPackage', {})

      expect(res).toMatchObject({ ok: false, error: { code: 'disk-full' } })
      expect(state.refused).toBeGreaterThan(0)
      expect(await filesUnder(join(pc.dataDir, 'plans'))).toEqual(before)
      expect(await readdir(join(pc.dataDir, 'plans'))).toEqual([ID])
      expect(await readdir(folder)).toEqual(['assets', 'reviews.json'])
    } finally {
      await pc.cleanup()
    }
  })
})

it('the same package imported twice at once: the first plan keeps its picture, whatever the second does', async () => {
  const pc = await laptop()
  try {
    pc.dialog.path = await packageOnStick()
    const results = await Promise.all([
      pc.raw('plans.importPackage', {}),
      pc.raw('plans.importPackage', {}),
      pc.raw('plans.importPackage', {}),
    ])
    // First what matters: the plan that arrived has its picture (a clean-up once deleted it).
    const imported = results.flatMap((r) =>
      r.ok && (r.value as ImportPackageResult).status === 'imported'
        ? [(r.value as Extract<ImportPackageResult, { status: 'imported' }>).plan.id]
        : [],
    )
    expect(imported).toContain(ID)
    for (const id of imported) {
      expect((await pc.call<Plan>('plans.get', { id })).doc).toEqual(plan.doc)
      expect(await pc.backend.assets.readAsset(id, pngName)).toEqual(new Uint8Array(png))
    }
    // The others were either copies or told that the same plan is being imported right now.
    for (const res of results.filter((r) => !r.ok)) {
      expect(res).toMatchObject({
        error: { code: 'invalid-file', details: { reason: 'import-in-progress' } },
      })
    }
  } finally {
    await pc.cleanup()
  }
})
