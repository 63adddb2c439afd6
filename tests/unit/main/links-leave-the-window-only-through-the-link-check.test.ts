import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, expect, it, vi } from 'vitest'
import { FakeBrowserWindow, FakeWebContents, type FakeElectron } from './fakeElectron'
import { createBackend } from '../../../src/main/backend'
import { dispatch } from '../../../src/main/backend/dispatch'
import { createHandlers } from '../../../src/main/handlers'

vi.mock('electron', async () => (await import('./fakeElectron')).createFakeElectron())

const electron = (await import('electron')) as unknown as FakeElectron
const { startApp } = await import('../../../src/main/lifecycle')

/**
 * The started shell, not its source text: every web contents the app creates gets the navigation
 * guard, and a link leaves the window (shell.openExternal) only when it is https or mailto.
 */
beforeEach(async () => {
  vi.clearAllMocks()
  electron.app.removeAllListeners()
  electron.ipcMain.removeAllListeners()
  electron.ipcMain.handlers.clear()
  FakeBrowserWindow.instances.length = 0
  process.env.PLANVAERKSTED_DATA_DIR = mkdtempSync(join(tmpdir(), 'pv-links-'))
  vi.spyOn(process, 'on').mockImplementation((() => process) as unknown as typeof process.on)
  startApp({ createBackend, createHandlers, dispatch, mainDir: join(process.cwd(), 'out', 'main') })
  await vi.waitFor(() => expect(FakeBrowserWindow.instances).toHaveLength(1), { timeout: 8000 })
})
afterEach(() => {
  vi.restoreAllMocks()
  for (const listener of electron.app.listeners('will-quit')) listener({ preventDefault() {} })
  delete process.env.PLANVAERKSTED_DATA_DIR
})

/** A new web contents, as Electron announces it, with the shell's guard on it. */
function createdContents(): FakeWebContents {
  const contents = new FakeWebContents()
  electron.app.emit('web-contents-created', {}, contents)
  return contents
}
const navigate = (contents: FakeWebContents, url: string) => {
  const event = { url, preventDefault: vi.fn() }
  contents.emit('will-navigate', event)
  return event
}

it('opens a https or mailto link the user follows in the system browser, and keeps the window', () => {
  const contents = createdContents()
  const web = navigate(contents, 'https://www.lolland.dk/landdistrikter')
  expect(web.preventDefault).toHaveBeenCalled()
  expect(contents.windowOpenHandler!({ url: 'mailto:udvalg@example.dk' })).toEqual({ action: 'deny' })
  expect(electron.shell.openExternal.mock.calls).toEqual([
    ['https://www.lolland.dk/landdistrikter'],
    ['mailto:udvalg@example.dk'],
  ])
})

it('hands nothing else to the system: no file, javascript, http or custom-scheme link', () => {
  const contents = createdContents()
  for (const url of ['file:///etc/passwd', 'javascript:alert(1)', 'http://example.com/', 'ms-word:ofe|u|x']) {
    expect(navigate(contents, url).preventDefault, url).toHaveBeenCalled()
    expect(contents.windowOpenHandler!({ url })).toEqual({ action: 'deny' })
  }
  expect(electron.shell.openExternal).not.toHaveBeenCalled()
})

it("lets the app's own pages navigate and opens nothing for them", () => {
  const contents = createdContents()
  expect(navigate(contents, 'app://planvaerksted/index.html').preventDefault).not.toHaveBeenCalled()
  expect(electron.shell.openExternal).not.toHaveBeenCalled()
})
