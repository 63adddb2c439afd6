import { beforeEach, describe, expect, it, vi } from 'vitest'
import { FakeBrowserWindow } from './fakeElectron'

vi.mock('electron', async () => (await import('./fakeElectron')).createFakeElectron())

const { createMainWindow } = await import('../../../src/main/window')
const { APP_START_URL } = await import('../../../src/main/appUrl')

function open(devTools = false) {
  createMainWindow({
    preloadPath: '/app/out/preload/index.cjs',
    startUrl: APP_START_URL,
    devTools,
    title: 'P',
  })
  return FakeBrowserWindow.instances.at(-1)!
}

describe('the main window', () => {
  beforeEach(() => {
    FakeBrowserWindow.instances.length = 0
  })

  it.each([
    ['contextIsolation', true],
    ['sandbox', true],
    ['nodeIntegration', false],
    ['nodeIntegrationInWorker', false],
    ['nodeIntegrationInSubFrames', false],
    ['webSecurity', true],
    ['allowRunningInsecureContent', false],
    ['experimentalFeatures', false],
    ['webviewTag', false],
    ['navigateOnDragDrop', false],
    ['spellcheck', false],
  ])('sets %s to %s', (key, value) => {
    const prefs = open().options.webPreferences as Record<string, unknown>
    expect(prefs[key]).toBe(value)
  })

  it('uses the CommonJS preload and enables no blink features', () => {
    const prefs = open().options.webPreferences as Record<string, unknown>
    expect(prefs.preload).toBe('/app/out/preload/index.cjs')
    expect(prefs.enableBlinkFeatures).toBeUndefined()
    expect(prefs.disableBlinkFeatures).toBe('Auxclick')
  })

  it('has no developer tools when packaged', () => {
    expect((open(false).options.webPreferences as Record<string, unknown>).devTools).toBe(false)
  })

  it('loads the app from the custom protocol, not file://, and shows only once painted', () => {
    const win = open()
    expect(win.loadURL).toHaveBeenCalledWith('app://planvaerksted/index.html')
    expect(win.options.show).toBe(false)
    expect(win.show).not.toHaveBeenCalled()
    win.emit('ready-to-show')
    expect(win.show).toHaveBeenCalledOnce()
  })
})
