import { mkdtemp, readdir, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { createHash } from 'node:crypto'
import { strToU8, unzipSync, zipSync, type Zippable } from 'fflate'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Plan } from '../../../src/shared/model/plan'
import { writePackage } from '../../../src/main/backend/packages/writePackage'
import { PACKAGE_LIMITS } from '../../../src/main/backend/packages/packageLimits'
import { laptop, pngBytes } from './support'

const ID = '11111111-2222-4333-8444-555555555555'
const now = '2026-03-12T10:00:00.000Z'
const plan: Plan = {
  schemaVersion: 1,
  id: ID,
  rev: 3,
  meta: {
    title: 'Bøvl 2030',
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
  doc: { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Hej' }] }] },
}
const png = pngBytes(7)
const pngName = `${createHash('sha256').update(png).digest('hex')}.png`
const good = () => unzipSync(writePackage({ plan, assets: new Map([[pngName, png]]), versions: [] }, '0.1.0'))
const json = (v: unknown) => strToU8(JSON.stringify(v))
const withFiles = (change: (f: Zippable) => void) => {
  const files: Zippable = { ...good() }
  change(files)
  return zipSync(files)
}

/** Central-directory size field of the entry named `name` set to `size`: a lying directory. */
function lieAboutSize(zip: Uint8Array, name: string, size: number): Uint8Array {
  const out = zip.slice()
  const view = new DataView(out.buffer)
  for (let i = 0; i < out.length - 46; i++) {
    if (view.getUint32(i, true) !== 0x02014b50) continue
    const len = view.getUint16(i + 28, true)
    if (new TextDecoder().decode(out.subarray(i + 46, i + 46 + len)) === name)
      view.setUint32(i + 24, size, true)
  }
  return out
}

const cases: [string, () => Uint8Array, string, string?][] = [
  ['random bytes', () => new Uint8Array(5000).map((_, i) => (i * 31) % 251), 'invalid-file', 'damaged'],
  ['an empty file', () => new Uint8Array(0), 'invalid-file', 'damaged'],
  [
    'a package cut in half',
    () => {
      const z = zipSync(good())
      return z.subarray(0, z.length / 2)
    },
    'invalid-file',
  ],
  [
    'a name climbing out with ..',
    () => withFiles((f) => void (f['../evil.json'] = json({}))),
    'unsafe-file',
    'name',
  ],
  ['an absolute name', () => withFiles((f) => void (f['/etc/evil'] = json({}))), 'unsafe-file', 'name'],
  ['a backslash name', () => withFiles((f) => void (f['assets\\evil.png'] = png)), 'unsafe-file', 'name'],
  ['a drive letter', () => withFiles((f) => void (f['C:/evil.json'] = json({}))), 'unsafe-file', 'name'],
  [
    'a folder trick',
    () => withFiles((f) => void (f['assets/../../plan.json'] = json({}))),
    'unsafe-file',
    'name',
  ],
  ['an unexpected file', () => withFiles((f) => void (f['run.exe'] = strToU8('MZ'))), 'unsafe-file', 'name'],
  [
    // Deflate's ceiling is about 1032:1, so 40 MB of zeros is 40 KB: the bomb is the size it claims.
    'a zip bomb',
    () => withFiles((f) => void (f['versions/v-000001.json'] = new Uint8Array(40 * 1024 * 1024))),
    'unsafe-file',
    'size',
  ],
  [
    'a directory that lies about a size',
    () => lieAboutSize(zipSync(good()), 'plan.json', 10),
    'unsafe-file',
    'ratio',
  ],
  [
    'too many entries',
    () =>
      withFiles((f) => {
        for (let i = 0; i < PACKAGE_LIMITS.maxEntries; i++)
          f[`versions/v-${String(i).padStart(6, '0')}.json`] = json({})
      }),
    'unsafe-file',
    'entries',
  ],
  [
    'no manifest',
    () => withFiles((f) => void delete f['manifest.json']),
    'invalid-file',
    'package-part-missing',
  ],
  [
    'a manifest from a newer app',
    () =>
      withFiles(
        (f) =>
          void (f['manifest.json'] = json({
            ...JSON.parse(new TextDecoder().decode(good()['manifest.json'])),
            formatVersion: 99,
          })),
      ),
    'invalid-file',
    'newer-version',
  ],
  [
    'plan.json that is not JSON',
    () => withFiles((f) => void (f['plan.json'] = strToU8('{"schemaVersion": 1,'))),
    'invalid-file',
    'not-json',
  ],
  [
    'plan.json of the wrong shape',
    () => withFiles((f) => void (f['plan.json'] = json({ ...plan, rev: 'tre' }))),
    'invalid-file',
    'package-plan-invalid',
  ],
  [
    'a plan id that is a path',
    () => withFiles((f) => void (f['plan.json'] = json({ ...plan, id: '../../x' }))),
    'invalid-file',
    'package-plan-invalid',
  ],
  [
    'a document with an unknown node',
    () =>
      withFiles(
        (f) => void (f['plan.json'] = json({ ...plan, doc: { type: 'doc', content: [{ type: 'script' }] } })),
      ),
    'invalid-file',
    'package-plan-invalid',
  ],
  [
    'an image that is not what its name says',
    () => withFiles((f) => void (f[`assets/${pngName}`] = pngBytes(8))),
    'invalid-file',
    'package-image-invalid',
  ],
  [
    'an image that is not an image',
    () =>
      withFiles((f) => {
        const exe = strToU8('MZ not a png')
        delete f[`assets/${pngName}`]
        f[`assets/${createHash('sha256').update(exe).digest('hex')}.png`] = exe
      }),
    'invalid-file',
    'package-image-invalid',
  ],
  [
    'a version of another plan',
    () =>
      withFiles(
        (f) =>
          void (f['versions/v-000001.json'] = json({
            kind: 'version',
            id: 'v-000001',
            name: 'x',
            createdAt: now,
            plan: { ...plan, id: 'other' },
          })),
      ),
    'invalid-file',
    'package-version-invalid',
  ],
  [
    'a bad catalogue copy',
    () => withFiles((f) => void (f['catalogue.json'] = json({ id: '../x' }))),
    'invalid-file',
    'package-catalogue-invalid',
  ],
]

let pc: Awaited<ReturnType<typeof laptop>>
let dir: string
beforeAll(async () => {
  pc = await laptop()
  dir = await mkdtemp(join(tmpdir(), 'pv-hostile-'))
})
afterAll(async () => {
  await pc.cleanup()
  await rm(dir, { recursive: true, force: true })
})

describe('a package that is damaged or hostile is refused with a reason, and nothing is imported', () => {
  cases.forEach(([what, make, code, reason], i) => {
    it(what, async () => {
      const path = join(dir, `case-${i}.planvaerksted`)
      await writeFile(path, make())
      pc.dialog.path = path
      const res = await pc.raw('plans.importPackage', {})
      expect(res.ok).toBe(false)
      if (res.ok) return
      expect(res.error.code).toBe(code)
      if (reason) expect(res.error.details).toMatchObject({ reason })
      expect((await readdir(join(pc.dataDir, 'plans'))).filter((n) => !n.startsWith('.'))).toEqual([])
    })
  })
})

it('drops prototype keys while parsing, so Object.prototype stays clean and the plan still imports', async () => {
  const evil = JSON.stringify(plan)
    .replace('"rev":3', '"rev":3,"__proto__":{"polluted":"ja"},"constructor":{"prototype":{"polluted":"ja"}}')
    .replace('"type":"doc"', '"type":"doc","__proto__":{"isAdmin":true}')
  const zip = withFiles((f) => void (f['plan.json'] = strToU8(evil)))
  const path = join(dir, 'proto.planvaerksted')
  await writeFile(path, zip)
  pc.dialog.path = path
  const res = await pc.call<{ status: string }>('plans.importPackage', {})
  expect(res.status).toBe('imported')
  expect(({} as Record<string, unknown>).polluted).toBeUndefined()
  expect(({} as Record<string, unknown>).isAdmin).toBeUndefined()
  const stored = await pc.call<Plan>('plans.get', { id: ID })
  expect(Object.keys(stored.doc)).not.toContain('__proto__')
  expect(Object.prototype.hasOwnProperty.call(stored.doc, '__proto__')).toBe(false)
})
