import { mkdtempSync, writeFileSync } from 'node:fs'
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

async function started() {
  startApp(realDeps)
  await vi.waitFor(() => expect(FakeBrowserWindow.instances).toHaveLength(1), { timeout: 8000 })
  return FakeBrowserWindow.instances[0]
}

beforeEach(() => {
  vi.clearAllMocks()
  electron.app.removeAllListeners()
  electron.ipcMain.removeAllListeners()
  electron.powerMonitor.removeAllListeners()
  electron.ipcMain.handlers.clear()
  FakeBrowserWindow.instances.length = 0
  process.env.PLANVAERKSTED_DATA_DIR = mkdtempSync(join(tmpdir(), 'pv-life-'))
})
afterEach(async () => {
  // Release the data folder lock the way a real quit does.
  for (const listener of electron.app.listeners('will-quit')) listener({ preventDefault() {} })
  delete process.env.PLANVAERKSTED_DATA_DIR
})

describe('single instance', () => {
  it('quits at once when another instance holds the lock', async () => {
    electron.app.requestSingleInstanceLock.mockReturnValueOnce(false)
    startApp(realDeps)
    expect(electron.app.quit).toHaveBeenCalledOnce()
    expect(electron.app.whenReady).not.toHaveBeenCalled()
    await new Promise((r) => setTimeout(r, 20))
    expect(FakeBrowserWindow.instances).toHaveLength(0)
  })

  it('a second start restores and focuses the first window', async () => {
    const win = await started()
    win.minimized = true
    electron.app.emit('second-instance', {}, [], '/')
    expect(win.restore).toHaveBeenCalledOnce()
    expect(win.focus).toHaveBeenCalledOnce()
    expect(FakeBrowserWindow.instances).toHaveLength(1)
  })
})

describe('start-up wiring', () => {
  it("registers the schemes before ready, then protocols, the api channel, permissions, with Chromium's spell checker off", async () => {
    const win = await started()
    expect(electron.protocol.registerSchemesAsPrivileged).toHaveBeenCalledOnce()
    expect(electron.protocol.handle.mock.calls.map((c) => c[0])).toEqual(['app', 'pv-asset'])
    expect([...electron.ipcMain.handlers.keys()]).toEqual(['api'])
    expect(electron.session.defaultSession.setPermissionRequestHandler).toHaveBeenCalledOnce()
    expect(electron.session.defaultSession.setPermissionCheckHandler).toHaveBeenCalledOnce()
    expect(electron.session.defaultSession.setSpellCheckerEnabled).toHaveBeenCalledWith(false)
    expect(electron.Menu.setApplicationMenu).toHaveBeenCalled()
    expect(win.options.webPreferences).toMatchObject({
      sandbox: true,
      contextIsolation: true,
      preload: join(process.cwd(), 'out', 'preload', 'index.cjs'),
    })
    expect(win.loadURL).toHaveBeenCalledWith('app://planvaerksted/index.html')
  })

  it('serves the contract on the api channel from the data folder in PLANVAERKSTED_DATA_DIR', async () => {
    await started()
    const api = electron.ipcMain.handlers.get('api')!
    const ours = { senderFrame: { url: 'app://planvaerksted/index.html', parent: null } }
    const created = (await api(ours, 'plans.create', { title: 'Landsbyen ved åen' })) as { ok: boolean }
    expect(created.ok).toBe(true)
    const info = (await api(ours, 'app.info', undefined)) as { ok: true; value: { dataDir: string } }
    expect(info.value.dataDir).toBe(process.env.PLANVAERKSTED_DATA_DIR)
    expect(
      await api({ senderFrame: { url: 'https://evil.example/' } }, 'plans.list', undefined),
    ).toMatchObject({
      error: { code: 'forbidden-sender' },
    })
  })

  it('guards every web contents created, not just the main window', async () => {
    await started()
    const contents = Object.assign(new (await import('node:events')).EventEmitter(), {
      setWindowOpenHandler: vi.fn(),
    })
    electron.app.emit('web-contents-created', {}, contents)
    expect(contents.setWindowOpenHandler).toHaveBeenCalledOnce()
    const event = { url: 'https://evil.example/', preventDefault: vi.fn() }
    contents.emit('will-navigate', event)
    expect(event.preventDefault).toHaveBeenCalled()
  })

  it('shows a Danish message and exits instead of crashing when the data folder cannot be opened', async () => {
    startApp({
      ...realDeps,
      createBackend: async () => {
        throw new Error('EACCES: permission denied')
      },
    })
    await vi.waitFor(() => expect(electron.dialog.showErrorBox).toHaveBeenCalledOnce(), { timeout: 8000 })
    const [title, body] = electron.dialog.showErrorBox.mock.calls[0] as unknown as [string, string]
    expect(title).toBe('Planværksted kunne ikke starte')
    expect(body).toContain('Dine planer er ikke slettet')
    expect(electron.app.exit).toHaveBeenCalledWith(1)
    expect(FakeBrowserWindow.instances).toHaveLength(0)
  })

  it('says in plain Danish that another Planværksted holds the data folder, when its lock is taken', async () => {
    const dir = process.env.PLANVAERKSTED_DATA_DIR!
    const first = await createBackend({ dataDir: dir, resourcesDir: join(process.cwd(), 'resources') })
    try {
      startApp(realDeps)
      await vi.waitFor(() => expect(electron.dialog.showErrorBox).toHaveBeenCalledOnce(), { timeout: 8000 })
      const [title, body] = electron.dialog.showErrorBox.mock.calls[0] as unknown as [string, string]
      expect(title).toBe('Planværksted kunne ikke starte')
      expect(body).toContain('allerede åben og bruger datamappen')
      expect(body).toContain('Dine planer er ikke slettet')
      expect(electron.app.exit).toHaveBeenCalledWith(1)
    } finally {
      await first.close()
    }
  })
})

describe("Chromium's locale follows the UI language", () => {
  const saveLanguage = (language: string) =>
    writeFileSync(
      join(process.env.PLANVAERKSTED_DATA_DIR!, 'library.json'),
      JSON.stringify({ schemaVersion: 1, settings: { language, textSize: 100 } }),
    )

  it('is Danish on a first start, set before the app is ready', async () => {
    await started()
    expect(electron.app.commandLine.appendSwitch).toHaveBeenCalledWith('lang', 'da')
    const switched = electron.app.commandLine.appendSwitch.mock.invocationCallOrder[0]
    expect(switched).toBeLessThan(electron.app.whenReady.mock.invocationCallOrder[0])
  })

  it('is British English when English was chosen, and a failed start says so in English', async () => {
    saveLanguage('en')
    startApp({
      ...realDeps,
      createBackend: async () => {
        throw new Error('EACCES: permission denied')
      },
    })
    expect(electron.app.commandLine.appendSwitch).toHaveBeenCalledWith('lang', 'en-GB')
    await vi.waitFor(() => expect(electron.dialog.showErrorBox).toHaveBeenCalledOnce(), { timeout: 8000 })
    const [title] = electron.dialog.showErrorBox.mock.calls[0] as unknown as [string, string]
    expect(title).toBe('Planværksted could not start')
  })

  it('is Danish when library.json cannot be read, which the backend then reports', async () => {
    writeFileSync(join(process.env.PLANVAERKSTED_DATA_DIR!, 'library.json'), '{ "settings": ')
    await started()
    expect(electron.app.commandLine.appendSwitch).toHaveBeenCalledWith('lang', 'da')
  })
})
