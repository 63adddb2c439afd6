import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { FakeBrowserWindow, type FakeElectron } from './fakeElectron'
import { createBackend } from '../../../src/main/backend'
import { dispatch } from '../../../src/main/backend/dispatch'
import { createHandlers } from '../../../src/main/handlers'

vi.mock('electron', async () => (await import('./fakeElectron')).createFakeElectron())

const electron = (await import('electron')) as unknown as FakeElectron
const { startApp } = await import('../../../src/main/lifecycle')

const realDeps = { createBackend, createHandlers, dispatch, mainDir: join(process.cwd(), 'out', 'main') }
const DEV = 'http://localhost:5173/'

async function started(isPackaged: boolean, rendererUrl: string | undefined) {
  electron.app.isPackaged = isPackaged
  // Node has no resourcesPath; a packaged app finds resources/ inside it, so point it at the repo.
  ;(process as { resourcesPath?: string }).resourcesPath = process.cwd()
  if (rendererUrl === undefined) delete process.env.ELECTRON_RENDERER_URL
  else process.env.ELECTRON_RENDERER_URL = rendererUrl
  startApp(realDeps)
  await vi.waitFor(() => expect(FakeBrowserWindow.instances).toHaveLength(1), { timeout: 8000 })
  const win = FakeBrowserWindow.instances[0]
  const api = electron.ipcMain.handlers.get('api')!
  const call = (url: string, parent: unknown = null) =>
    api({ senderFrame: { url, parent } }, 'plans.list', undefined) as Promise<{
      ok: boolean
      error?: { code: string }
    }>
  return { win, call, prefs: win.options.webPreferences as { devTools: boolean } }
}

beforeEach(() => {
  vi.clearAllMocks()
  electron.app.removeAllListeners()
  electron.ipcMain.removeAllListeners()
  electron.powerMonitor.removeAllListeners()
  electron.ipcMain.handlers.clear()
  FakeBrowserWindow.instances.length = 0
  process.env.PLANVAERKSTED_DATA_DIR = mkdtempSync(join(tmpdir(), 'pv-trust-'))
})
afterEach(() => {
  for (const listener of electron.app.listeners('will-quit')) listener({ preventDefault() {} })
  delete process.env.PLANVAERKSTED_DATA_DIR
  delete process.env.ELECTRON_RENDERER_URL
  electron.app.isPackaged = false
})

describe('a packaged app', () => {
  it('loads its own page, has no DevTools and refuses IPC from the page ELECTRON_RENDERER_URL names', async () => {
    const { win, call, prefs } = await started(true, DEV)
    expect(win.loadURL).toHaveBeenCalledWith('app://planvaerksted/index.html')
    expect(prefs.devTools).toBe(false)
    expect(await call(`${DEV}index.html`)).toMatchObject({ ok: false, error: { code: 'forbidden-sender' } })
    expect(await call('app://planvaerksted/index.html')).toMatchObject({ ok: true })
  })
})

describe('an unpackaged (development) run', () => {
  it('loads the local dev server, trusts it and has DevTools', async () => {
    const { win, call, prefs } = await started(false, DEV)
    expect(win.loadURL).toHaveBeenCalledWith(DEV)
    expect(prefs.devTools).toBe(true)
    expect(await call(`${DEV}index.html`)).toMatchObject({ ok: true })
  })

  it.each(['https://evil.example/', 'file:///tmp/page.html', 'not a url'])(
    'ignores a renderer URL that is not a local dev server: %s',
    async (url) => {
      const { win, call } = await started(false, url)
      expect(win.loadURL).toHaveBeenCalledWith('app://planvaerksted/index.html')
      expect(await call(url)).toMatchObject({ ok: false, error: { code: 'forbidden-sender' } })
    },
  )
})

describe('the IPC sender check', () => {
  it('refuses a sub-frame of our own page, even one showing an app:// URL', async () => {
    const { call } = await started(true, undefined)
    const mainFrame = { url: 'app://planvaerksted/index.html', parent: null }
    expect(await call('app://planvaerksted/index.html', mainFrame)).toMatchObject({
      ok: false,
      error: { code: 'forbidden-sender' },
    })
    expect(await call('app://planvaerksted/index.html')).toMatchObject({ ok: true })
  })
})
