import { readdir, readFile } from 'node:fs/promises'
import type { FileHandle } from 'node:fs/promises'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { realFs, type Fs } from '../../../src/main/backend/store/fsFacade'
import { danishDoc, docSaying, tempBackend } from './support/tempBackend'

let env: Awaited<ReturnType<typeof tempBackend>>
afterEach(() => env.cleanup())

const fsError = (code: string) => Object.assign(new Error(`${code}: injected`), { code })

/** A disk that fills up halfway through writing any temp file, while `failing.on` is true. */
function fullDisk(failing: { on: boolean }): Fs {
  return {
    ...realFs,
    open: (async (path: string, flags: string) => {
      const handle = await realFs.open(path, flags)
      if (!failing.on || !String(path).endsWith('.tmp')) return handle
      return {
        writeFile: async (data: string) => {
          await handle.writeFile(String(data).slice(0, 20))
          throw fsError('ENOSPC')
        },
        sync: () => handle.sync(),
        close: () => handle.close(),
      } as unknown as FileHandle
    }) as Fs['open'],
  }
}

/** A target file another program (a virus scanner, a sync client) refuses to let us replace. */
function lockedTarget(failing: { on: boolean }, code: string): Fs {
  return {
    ...realFs,
    rename: (async (from: string, to: string) => {
      if (failing.on && String(to).endsWith('.json')) throw fsError(code)
      return realFs.rename(from, to)
    }) as Fs['rename'],
  }
}

const cases: [string, (f: { on: boolean }) => Fs, string][] = [
  ['ENOSPC while writing', fullDisk, 'disk-full'],
  // Still refused after the retries (see renameWithRetry): a file held by another program.
  ['EACCES on rename', (f) => lockedTarget(f, 'EACCES'), 'file-locked'],
  ['EBUSY on rename', (f) => lockedTarget(f, 'EBUSY'), 'file-locked'],
]

describe('a save that fails on the way to disk loses nothing', () => {
  for (const [what, makeFs, code] of cases) {
    it(`keeps the old file and leaves no temp file behind on ${what}`, async () => {
      const failing = { on: false }
      env = await tempBackend({ fs: makeFs(failing) })
      const base = {
        title: 'Bøvl',
        council: '',
        kind: 'council' as const,
        villages: [],
        municipality: '',
        templateId: 'blank',
      }
      const plan = await env.backend.plans.create(base, null, null)
      await env.backend.plans.save({ id: plan.id, rev: 0, doc: danishDoc })
      const path = join(env.dataDir, 'plans', `${plan.id}.json`)
      const before = await readFile(path, 'utf8')

      failing.on = true
      const other = docSaying('ny tekst')
      await expect(env.backend.plans.save({ id: plan.id, rev: 1, doc: other })).rejects.toMatchObject({
        code,
      })
      expect(await readFile(path, 'utf8')).toBe(before)
      expect((await readdir(join(env.dataDir, 'plans'))).filter((n) => n.endsWith('.tmp'))).toEqual([])
      expect((await env.backend.plans.get(plan.id)).rev).toBe(1)

      // Once the disk has room again, the same save (same rev) goes through.
      failing.on = false
      expect((await env.backend.plans.save({ id: plan.id, rev: 1, doc: other })).rev).toBe(2)
    })
  }
})
