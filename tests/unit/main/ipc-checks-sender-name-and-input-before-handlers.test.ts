import { describe, expect, it, vi } from 'vitest'
import { commandNames } from '../../../src/shared/api'
import { dispatch } from '../../../src/main/backend/dispatch'
import type { Handlers } from '../../../src/main/handlers'
import { createApiHandler, registerApiChannel } from '../../../src/main/ipc'
import { isAppUrl } from '../../../src/main/appUrl'

/** Every handler a spy, so a test can prove none ran. */
function spyHandlers() {
  return Object.fromEntries(
    commandNames.map((n) => [n, vi.fn(async () => `ran ${n}`)]),
  ) as unknown as Handlers & Record<string, ReturnType<typeof vi.fn>>
}

function setup(devUrl?: string) {
  const handlers = spyHandlers()
  const handle = createApiHandler({
    isAllowedSender: (url) => isAppUrl(url, devUrl),
    dispatch: (name, input) => dispatch(handlers, name, input),
  })
  const from = (url: string | null) => ({ senderFrame: url === null ? null : { url, parent: null } })
  const noneRan = () =>
    commandNames.every(
      (n) => (handlers as Record<string, ReturnType<typeof vi.fn>>)[n].mock.calls.length === 0,
    )
  return { handlers, handle, from, noneRan }
}

describe('the api IPC channel', () => {
  it('runs a valid command from our own page and returns an ok envelope', async () => {
    const { handle, from, handlers } = setup()
    const result = await handle(from('app://planvaerksted/index.html'), 'plans.get', { id: 'abc-123' })
    expect(result).toEqual({ ok: true, value: 'ran plans.get' })
    expect(handlers['plans.get']).toHaveBeenCalledWith({ id: 'abc-123' })
  })

  it.each([
    'https://evil.example/',
    'file:///C:/Users/x/Downloads/plan.html',
    'app://planvaerksted.evil/index.html',
    'app://other/index.html',
    'about:blank',
    'http://localhost:5173/',
  ])('refuses a sender frame at %s before anything runs', async (url) => {
    const { handle, from, noneRan } = setup()
    const result = await handle(from(url), 'plans.list', undefined)
    expect(result).toMatchObject({ ok: false, error: { code: 'forbidden-sender' } })
    expect(noneRan()).toBe(true)
  })

  it('refuses a destroyed (null) sender frame', async () => {
    const { handle, from, noneRan } = setup()
    expect(await handle(from(null), 'plans.list', undefined)).toMatchObject({
      error: { code: 'forbidden-sender' },
    })
    expect(noneRan()).toBe(true)
  })

  it('accepts the dev server only when one is configured', async () => {
    const { handle, from } = setup('http://localhost:5173')
    expect(await handle(from('http://localhost:5173/index.html'), 'plans.list', undefined)).toMatchObject({
      ok: true,
    })
    expect(await handle(from('http://localhost:51730/'), 'plans.list', undefined)).toMatchObject({
      error: { code: 'forbidden-sender' },
    })
  })

  it.each(['plans.nuke', '__proto__', 'constructor', 'toString', 42, null, undefined])(
    'refuses the unknown command %s before anything runs',
    async (name) => {
      const { handle, from, noneRan } = setup()
      const result = await handle(from('app://planvaerksted/index.html'), name, undefined)
      expect(result).toMatchObject({ ok: false, error: { code: 'unknown-command' } })
      expect(noneRan()).toBe(true)
    },
  )

  it.each([
    ['plans.get', { id: '../../etc/passwd' }],
    ['plans.get', {}],
    ['plans.create', { title: '' }],
    ['plans.save', { id: 'a', rev: -1, doc: { type: 'doc' } }],
    ['shell.openExternal', { url: 42 }],
    ['plans.list', { surprise: true }],
  ])('refuses malformed input to %s before its handler runs', async (name, input) => {
    const { handle, from, noneRan } = setup()
    const result = await handle(from('app://planvaerksted/index.html'), name, input)
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid-input' } })
    expect(noneRan()).toBe(true)
  })

  it('turns a throwing dispatcher into an envelope rather than a rejected invoke', async () => {
    const handle = createApiHandler({
      isAllowedSender: () => true,
      dispatch: async () => {
        throw new Error('boom')
      },
    })
    expect(
      await handle({ senderFrame: { url: 'app://planvaerksted/', parent: null } }, 'plans.list', undefined),
    ).toEqual({
      ok: false,
      error: { code: 'internal', message: 'boom' },
    })
  })

  it('registers exactly one channel, named api', () => {
    const ipcMain = { handle: vi.fn(), removeHandler: vi.fn() }
    registerApiChannel(ipcMain, setup().handle)
    expect(ipcMain.handle).toHaveBeenCalledOnce()
    expect(ipcMain.handle.mock.calls[0][0]).toBe('api')
  })
})
