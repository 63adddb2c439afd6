import { afterEach, describe, expect, it } from 'vitest'
import { readdir } from 'node:fs/promises'
import { join } from 'node:path'
import { realFs, type Fs } from '../../../src/main/backend/store/fsFacade'
import { faultyFs } from '../faults/support/faultyFs'
import { variedDocx } from '../../fixtures/variedDocx'
import { outcome, wordImportRig } from './support/wordImportRig'

type Rig = Awaited<ReturnType<typeof wordImportRig>>
const isImage = (p: string) => /[\\/]assets[\\/]/.test(p)
const isPlanFile = (p: string) => /[\\/]plans[\\/][^\\/]+\.json$/.test(p)
const list = (dir: string) => readdir(dir).catch(() => [] as string[])

describe('a Word import gives a whole plan or none', () => {
  let rig: Rig | null = null
  afterEach(async () => {
    await rig?.cleanup()
    rig = null
  })

  it('a crash while the images are written leaves no plan behind', async () => {
    // The image write never returns, as if the app were killed there; then the app starts again.
    let reached: () => void = () => {}
    const hung = new Promise<void>((r) => (reached = r))
    const fs: Fs = {
      ...realFs,
      open: ((path: string, ...rest: unknown[]) => {
        if (isImage(String(path))) {
          reached()
          return new Promise(() => {})
        }
        return (realFs.open as (...a: unknown[]) => unknown)(path, ...rest)
      }) as Fs['open'],
    }
    rig = await wordImportRig({ fs })
    void rig.importDocx(await variedDocx())
    await hung
    const after = await rig.env.restart(realFs)
    expect((await after.plans.list()).plans).toEqual([])
  })

  it('a full disk on the plan file removes exactly the images this import wrote', async () => {
    const faulty = faultyFs()
    rig = await wordImportRig({ fs: faulty.fs })
    const other = await rig.importDocx(await variedDocx())
    expect(outcome(other)).toBe('imported')
    const otherId = (other as { value: { plan: { id: string } } }).value.plan.id
    const otherImages = await list(join(rig.env.dataDir, 'plans', otherId, 'assets'))
    expect(otherImages.length).toBeGreaterThan(0)

    faulty.state.failWith = 'ENOSPC'
    faulty.state.where = isPlanFile
    expect(outcome(await rig.importDocx(await variedDocx()))).toMatchObject({ code: 'disk-full' })
    faulty.state.failWith = null

    expect((await rig.backend.plans.list()).plans.map((p) => p.id)).toEqual([otherId])
    // Only the plan that was there has a folder, with all its images; nothing went to the trash.
    expect(await list(join(rig.env.dataDir, 'plans'))).toEqual([otherId, `${otherId}.json`].sort())
    expect(await list(join(rig.env.dataDir, 'plans', otherId, 'assets'))).toEqual(otherImages)
    expect(await list(join(rig.env.dataDir, 'trash'))).toEqual([])
  })

  it('a failing image write leaves no plan, no folder and nothing in the trash', async () => {
    const faulty = faultyFs()
    faulty.state.failWith = 'EIO'
    faulty.state.where = isImage
    rig = await wordImportRig({ fs: faulty.fs })
    expect(outcome(await rig.importDocx(await variedDocx()))).toMatchObject({ code: 'io' })
    expect((await rig.backend.plans.list()).plans).toEqual([])
    expect(await list(join(rig.env.dataDir, 'plans'))).toEqual([])
    expect(await list(join(rig.env.dataDir, 'trash'))).toEqual([])
  })
})
