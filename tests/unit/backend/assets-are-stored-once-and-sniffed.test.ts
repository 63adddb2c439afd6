import { readdir } from 'node:fs/promises'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { tempBackend } from './support/tempBackend'

let env: Awaited<ReturnType<typeof tempBackend>>
afterEach(() => env.cleanup())

// A real 1x1 PNG.
const PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==',
  'base64',
)
const JPEG = Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe0]), Buffer.alloc(60, 1)])
const GIF = Buffer.concat([Buffer.from('GIF89a'), Buffer.alloc(30, 2)])
const WEBP = Buffer.concat([
  Buffer.from('RIFF'),
  Buffer.from([0x20, 0, 0, 0]),
  Buffer.from('WEBPVP8 '),
  Buffer.alloc(20),
])

async function withPlan() {
  env = await tempBackend()
  const plan = await env.backend.plans.create(
    { title: 'Billeder', council: '', kind: 'council', villages: [], municipality: '', templateId: 'blank' },
    null,
    null,
  )
  return { plan, assetsDir: join(env.dataDir, 'plans', plan.id, 'assets') }
}

describe('images are stored once each, judged by their bytes', () => {
  it('stores the same image added twice as one file and reads it back byte for byte', async () => {
    const { plan, assetsDir } = await withPlan()
    const a = await env.backend.assets.add({
      planId: plan.id,
      fileName: 'kort.png',
      data: PNG.toString('base64'),
    })
    const b = await env.backend.assets.add({
      planId: plan.id,
      fileName: 'kopi.png',
      data: PNG.toString('base64'),
    })
    expect(a).toEqual(b)
    expect(a.src).toMatch(/^asset:[a-f0-9]{64}\.png$/)
    expect(await readdir(assetsDir)).toEqual([a.src.slice('asset:'.length)])
    expect(Buffer.from(await env.backend.assets.readAsset(plan.id, a.src.slice(6)))).toEqual(PNG)
  })

  it('names each kind by its magic bytes, whatever the file is called', async () => {
    const { plan } = await withPlan()
    const add = (data: Buffer, fileName: string) =>
      env.backend.assets.add({ planId: plan.id, fileName, data: data.toString('base64') })
    expect((await add(JPEG, 'foto.png')).src).toMatch(/\.jpg$/)
    expect((await add(GIF, 'anim.jpg')).src).toMatch(/\.gif$/)
    expect((await add(WEBP, 'billede')).src).toMatch(/\.webp$/)
  })

  it('refuses a text file named .png and an image over 10 MB, storing nothing', async () => {
    const { plan, assetsDir } = await withPlan()
    const text = Buffer.from('Dette er ikke et billede, bare tekst.', 'utf8').toString('base64')
    await expect(
      env.backend.assets.add({ planId: plan.id, fileName: 'falsk.png', data: text }),
    ).rejects.toMatchObject({
      code: 'not-an-image',
    })
    const huge = Buffer.concat([PNG, Buffer.alloc(10 * 1024 * 1024)]).toString('base64')
    await expect(
      env.backend.assets.add({ planId: plan.id, fileName: 'stor.png', data: huge }),
    ).rejects.toMatchObject({
      code: 'too-large',
    })
    await expect(readdir(assetsDir)).rejects.toMatchObject({ code: 'ENOENT' })
  })

  it('refuses an image for a plan that does not exist', async () => {
    await withPlan()
    await expect(
      env.backend.assets.add({ planId: 'findes-ikke', fileName: 'a.png', data: PNG.toString('base64') }),
    ).rejects.toMatchObject({ code: 'not-found' })
  })

  it('resolves only valid names inside the plan folder', async () => {
    const { plan, assetsDir } = await withPlan()
    const name = `${'a'.repeat(64)}.png`
    expect(env.backend.assets.resolveAssetPath(plan.id, name)).toBe(join(assetsDir, name))
    const refused: [string, string][] = [
      [plan.id, '../../library.json'],
      [plan.id, `../${name}`],
      [plan.id, `${'a'.repeat(64)}.png/../../x.png`],
      [plan.id, '..\\..\\library.json'],
      [plan.id, `${'A'.repeat(64)}.png`],
      [plan.id, `${'a'.repeat(64)}.exe`],
      [plan.id, `${'a'.repeat(64)}.png\0`],
      ['..', name],
      ['../plans', name],
      ['', name],
      [`${plan.id}/..`, name],
    ]
    for (const [id, n] of refused) expect(env.backend.assets.resolveAssetPath(id, n), `${id} ${n}`).toBeNull()
    await expect(env.backend.assets.readAsset(plan.id, '../../library.json')).rejects.toMatchObject({
      code: 'not-found',
    })
  })
})
