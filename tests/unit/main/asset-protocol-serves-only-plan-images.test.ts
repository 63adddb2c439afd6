import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createAssetHandler } from '../../../src/main/protocol'
import { ONE_PIXEL_PNG, realBackend } from './realBackend'

let env: Awaited<ReturnType<typeof realBackend>>
let planId: string
let assetName: string
let serve: (r: Request) => Promise<Response>

beforeAll(async () => {
  env = await realBackend()
  const created = await env.call('plans.create', { title: 'Billund Nord' })
  if (!created.ok) throw new Error(JSON.stringify(created))
  planId = (created.value as { id: string }).id
  const added = await env.call('assets.add', { planId, fileName: 'kort.png', data: ONE_PIXEL_PNG })
  if (!added.ok) throw new Error(JSON.stringify(added))
  assetName = (added.value as { src: string }).src.replace(/^asset:/, '')
  serve = createAssetHandler(env.backend.assets)
})
afterAll(() => env.backend.close())

const get = (url: string) => serve(new Request(url))

describe('pv-asset:// protocol', () => {
  it('serves an image the backend stored for the plan, as an image', async () => {
    const res = await get(`pv-asset://plan/${planId}/${assetName}`)
    expect(res.status).toBe(200)
    expect(res.headers.get('content-type')).toBe('image/png')
    expect(Buffer.from(await res.arrayBuffer()).toString('base64')).toBe(ONE_PIXEL_PNG)
  })

  it('answers 404 for a name the plan does not have or an unknown plan', async () => {
    expect((await get(`pv-asset://plan/${planId}/${'0'.repeat(64)}.png`)).status).toBe(404)
    expect((await get(`pv-asset://plan/no-such-plan/${assetName}`)).status).toBe(404)
    expect((await get(`pv-asset://other/${planId}/${assetName}`)).status).toBe(404)
  })

  it.each([
    (id: string) => `pv-asset://plan/${id}/%2e%2e%2f%2e%2e%2fplans%2f${id}.json`,
    (id: string) => `pv-asset://plan/${id}/..%5c..%5clibrary.json`,
    () => `pv-asset://plan/%2e%2e/library.json`,
    (id: string) => `pv-asset://plan/${id}/a.png%00`,
    (id: string) => `pv-asset://plan/${id}/x/y.png`,
  ])('refuses a path out of the assets folder (%#)', async (make) => {
    const res = await get(make(planId))
    expect([403, 404]).toContain(res.status)
    expect(await res.text()).toBe('')
  })
})
