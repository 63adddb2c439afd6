import { mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { exportPlanToFile } from '../../../src/main/backend/export/exportToFile'
import { realFs, type Fs } from '../../../src/main/backend/store/fsFacade'
import { AppError } from '../../../src/shared/model/errors'
import { doc, meta } from './fixtures/samplePlan'
import { SAMPLE_PNG } from './fixtures/readDocx'

const errno = (code: string) => Object.assign(new Error(`${code}: simulated`), { code })
const plan = { meta, doc }
const readAsset = async () => SAMPLE_PNG

let dir: string
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'pv-export-'))
})
afterEach(() => rm(dir, { recursive: true, force: true }))

async function exportWith(fs: Fs, target: string) {
  return exportPlanToFile({ plan, readAsset, options: { reviewCopy: false }, target, fs })
}

describe('writing the export to disk', () => {
  it('writes a complete .docx and leaves no temp file', async () => {
    const target = join(dir, 'Udviklingsplan - Østerby Lokalråd - 2026-03-12.docx')
    await exportWith(realFs, target)
    const bytes = await readFile(target)
    expect(bytes.subarray(0, 2).toString()).toBe('PK')
    expect(await readdir(dir)).toEqual(['Udviklingsplan - Østerby Lokalråd - 2026-03-12.docx'])
  })

  it.each([
    ['EBUSY', 'file-locked'],
    // Windows refuses to replace a file Word has open with EPERM or EACCES, not EBUSY.
    ['EPERM', 'file-locked'],
    ['EACCES', 'file-locked'],
    ['ENOSPC', 'disk-full'],
  ])(
    'a target that fails with %s gives %s, keeps the old file and leaves no half file',
    async (code, expected) => {
      const target = join(dir, 'plan.docx')
      await writeFile(target, 'the good old export')
      const failing: Fs = { ...realFs, rename: async () => Promise.reject(errno(code)) }
      const err = await exportWith(failing, target).catch((e: unknown) => e)
      expect(err).toBeInstanceOf(AppError)
      expect((err as AppError).code).toBe(expected)
      expect(await readFile(target, 'utf8')).toBe('the good old export')
      expect(await readdir(dir)).toEqual(['plan.docx'])
    },
  )

  it('a refused rename with no file at the target is a permissions problem, not a lock', async () => {
    const failing: Fs = { ...realFs, rename: async () => Promise.reject(errno('EPERM')) }
    const err = await exportWith(failing, join(dir, 'new.docx')).catch((e: unknown) => e)
    expect((err as AppError).code).toBe('permission-denied')
    expect(await readdir(dir)).toEqual([])
  })

  it('a folder that cannot be written to gives a clear code and writes nothing', async () => {
    const failing: Fs = { ...realFs, open: async () => Promise.reject(errno('EACCES')) }
    const err = await exportWith(failing, join(dir, 'plan.docx')).catch((e: unknown) => e)
    expect((err as AppError).code).toBe('permission-denied')
    expect(await readdir(dir)).toEqual([])
  })
})
