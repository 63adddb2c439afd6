import { afterEach, expect, it } from 'vitest'
import { createHandlers } from '../../../src/main/handlers'
import { dispatch } from '../../../src/main/backend/dispatch'
import { tempBackend, testHost } from '../backend/support/tempBackend'

let env: Awaited<ReturnType<typeof tempBackend>>
afterEach(() => env.cleanup())

async function setup() {
  env = await tempBackend()
  const host = testHost()
  const handlers = createHandlers(env.backend, host)
  const call = (name: string, input?: unknown) => dispatch(handlers, name, input)
  return { host, call }
}

it('creates a plan from a template through dispatch, saves it and finds it after a restart', async () => {
  const { call } = await setup()
  const created = await call('plans.create', {
    title: '  Bøvl 2030 ',
    council: 'Bøvl Lokalråd',
    templateId: 'kort-handlingsplan',
  })
  expect(created).toMatchObject({
    ok: true,
    value: { rev: 0, meta: { title: 'Bøvl 2030', templateId: 'kort-handlingsplan', catalogue: null } },
  })
  if (!created.ok) return
  const plan = created.value as { id: string; doc: unknown }
  expect(
    await call('plans.save', {
      id: plan.id,
      rev: 0,
      doc: plan.doc,
      meta: { versionLabel: 'Sendt til kommunen' },
    }),
  ).toMatchObject({
    ok: true,
    value: { rev: 1 },
  })
  expect(await call('plans.save', { id: plan.id, rev: 0, doc: plan.doc })).toMatchObject({
    ok: false,
    error: { code: 'stale-rev' },
  })
  const again = createHandlers(await env.restart(), testHost())
  expect(await dispatch(again, 'plans.get', { id: plan.id })).toMatchObject({
    ok: true,
    value: { rev: 1, readOnly: false, meta: { versionLabel: 'Sendt til kommunen' } },
  })
  expect(await call('plans.create', { title: 'X', templateId: 'findes-ikke' })).toMatchObject({
    ok: false,
    error: { code: 'not-found' },
  })
})

it('keeps settings across a restart, Danish by default', async () => {
  const { call } = await setup()
  const defaults = { language: 'da', textSize: 100, spellCheck: true, spellLanguage: 'da', personalWords: [] }
  expect(await call('settings.get')).toEqual({ ok: true, value: defaults })
  expect(await call('settings.set', { language: 'en' })).toEqual({
    ok: true,
    value: { ...defaults, language: 'en' },
  })
  expect(await dispatch(createHandlers(await env.restart(), testHost()), 'settings.get', undefined)).toEqual({
    ok: true,
    value: { ...defaults, language: 'en' },
  })
})

it('opens only https and mailto links, through the host', async () => {
  const { call, host } = await setup()
  expect(await call('shell.openExternal', { url: ' https://billund.dk/landdistrikter ' })).toEqual({
    ok: true,
    value: undefined,
  })
  expect(await call('shell.openExternal', { url: 'mailto:lokalraad@boevl.dk' })).toMatchObject({ ok: true })
  for (const url of [
    'file:///C:/Windows/system32/calc.exe',
    'javascript:alert(1)',
    'http://example.com',
    'ms-msdt:/id',
    'https://',
  ]) {
    expect(await call('shell.openExternal', { url })).toMatchObject({
      ok: false,
      error: { code: 'link-refused' },
    })
  }
  expect(host.opened).toEqual(['https://billund.dk/landdistrikter', 'mailto:lokalraad@boevl.dk'])
})

it('answers app.info from the host and the backend, and lists templates with the blank plan first', async () => {
  const { call } = await setup()
  expect(await call('app.info')).toEqual({
    ok: true,
    value: {
      version: '0.0.0-test',
      dataDir: env.dataDir,
      readOnly: false,
      assetBase: 'pv-asset://plan/',
      startup: [],
    },
  })
  const templates = await call('templates.list')
  expect(templates.ok && (templates.value as { id: string }[]).map((t) => t.id)[0]).toBe('blank')
})

it('gives a new plan its own copy of the chosen catalogue, and refuses an unknown one', async () => {
  const { call } = await setup()
  const created = await call('plans.create', { title: 'Ubby', catalogueId: 'lag-vejen' })
  expect(created).toMatchObject({ ok: true, value: { meta: { catalogue: { id: 'lag-vejen' } } } })
  expect(await call('plans.create', { title: 'Ubby', catalogueId: 'findes-ikke' })).toMatchObject({
    ok: false,
    error: { code: 'not-found' },
  })
  const list = await call('plans.list')
  expect(list.ok && (list.value as { plans: unknown[] }).plans).toHaveLength(1)
})
