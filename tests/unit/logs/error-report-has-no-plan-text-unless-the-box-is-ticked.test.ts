import { mkdtemp, readFile, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { unzipSync, strFromU8 } from 'fflate'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { createHandlers } from '../../../src/main/handlers'
import { dispatch } from '../../../src/main/backend/dispatch'
import { docSaying, tempBackend, testHost } from '../backend/support/tempBackend'

const SECRET = 'Vi vil bygge en ny multihal ved Søndermarken i 2027'

let env: Awaited<ReturnType<typeof tempBackend>>
let out: string

beforeEach(async () => {
  env = await tempBackend()
  out = await mkdtemp(join(tmpdir(), 'pv-report-'))
})
afterEach(async () => {
  await env.cleanup()
  await rm(out, { recursive: true, force: true })
})

async function reportWith(includePlans: boolean) {
  const target = join(out, includePlans ? 'with' : 'without')
  const host = { ...testHost(), showSaveDialog: async () => target }
  const handlers = createHandlers(env.backend, host)
  const call = async (name: string, input?: unknown) => {
    const r = await dispatch(handlers, name, input)
    if (!r.ok) throw new Error(JSON.stringify(r.error))
    return r.value
  }
  const plan = (await call('plans.create', { title: 'Ølby 2030' })) as { id: string; rev: number }
  await call('plans.save', { id: plan.id, rev: plan.rev, doc: docSaying(SECRET) })
  await call('settings.set', { personalWords: ['Søndermarken'] })
  await call('log.rendererError', {
    where: 'editor/comments',
    ref: 'K7QM2X',
    message: 'TypeError: x is null',
  })
  const result = (await call('logs.saveReport', { includePlans })) as { status: string; path: string }
  expect(result).toEqual({ status: 'saved', path: `${target}.zip` })
  const entries = unzipSync(new Uint8Array(await readFile(result.path)))
  const text = Object.fromEntries(Object.entries(entries).map(([name, data]) => [name, strFromU8(data)]))
  return { planId: plan.id, text }
}

describe('Gem fejlrapport', () => {
  it('holds the log and app info, and no plan text when the box is not ticked', async () => {
    const { text } = await reportWith(false)
    expect(Object.keys(text).sort()).toEqual(['app-info.json', 'logs/planvaerksted.log'])
    expect(text['logs/planvaerksted.log']).toMatch(
      / ERROR renderer:editor\/comments \[ref K7QM2X\] TypeError: x is null\n/,
    )
    const info = JSON.parse(text['app-info.json'])
    expect(info.app).toMatchObject({ version: '0.0.0-test', node: process.versions.node })
    expect(info.app.os).toEqual(expect.any(String))
    expect(info.app.electron).toEqual(expect.any(String))
    expect(info.settings).toMatchObject({ language: 'da', personalWordsCount: 1 })
    expect(info.includesPlans).toBe(false)
    for (const [name, body] of Object.entries(text)) {
      expect(body, name).not.toContain('multihal')
      expect(body, name).not.toContain('Søndermarken')
      expect(body, name).not.toContain('Ølby 2030')
    }
  })

  it("holds the plans' files as saved when the box is ticked", async () => {
    const { planId, text } = await reportWith(true)
    expect(Object.keys(text)).toContain(`plans/${planId}.json`)
    const plan = JSON.parse(text[`plans/${planId}.json`])
    expect(JSON.stringify(plan.doc)).toContain(SECRET)
    expect(plan.meta.title).toBe('Ølby 2030')
    expect(JSON.parse(text['app-info.json']).includesPlans).toBe(true)
  })

  it('writes nothing when the save dialog is cancelled', async () => {
    const handlers = createHandlers(env.backend, testHost())
    expect(await dispatch(handlers, 'logs.saveReport', { includePlans: true })).toEqual({
      ok: true,
      value: { status: 'cancelled' },
    })
  })
})
