import { mkdtempSync, readFileSync } from 'node:fs'
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
const OURS = { senderFrame: { url: 'app://planvaerksted/index.html', parent: null } }

/** The shell's process handlers, caught instead of registered on the test runner's own process. */
let processHandlers: Map<string, (arg: unknown) => void>
let dataDir: string

beforeEach(() => {
  vi.clearAllMocks()
  electron.app.removeAllListeners()
  electron.ipcMain.removeAllListeners()
  electron.powerMonitor.removeAllListeners()
  electron.ipcMain.handlers.clear()
  FakeBrowserWindow.instances.length = 0
  dataDir = mkdtempSync(join(tmpdir(), 'pv-crash-'))
  process.env.PLANVAERKSTED_DATA_DIR = dataDir
  processHandlers = new Map()
  const realOn = process.on.bind(process)
  vi.spyOn(process, 'on').mockImplementation(((event: string, fn: (arg: unknown) => void) => {
    if (event === 'uncaughtException' || event === 'unhandledRejection') processHandlers.set(event, fn)
    else realOn(event, fn)
    return process
  }) as typeof process.on)
})
afterEach(async () => {
  vi.restoreAllMocks()
  for (const listener of electron.app.listeners('will-quit')) listener({ preventDefault() {} })
  delete process.env.PLANVAERKSTED_DATA_DIR
})

async function started() {
  startApp(realDeps)
  await vi.waitFor(() => expect(FakeBrowserWindow.instances).toHaveLength(1), { timeout: 8000 })
  return FakeBrowserWindow.instances[0]
}

const logText = () => readFileSync(join(dataDir, 'logs', 'planvaerksted.log'), 'utf8')

/** The renderer answers the shell's flush request, as the preload does after saving. */
function answerFlush(win: FakeBrowserWindow) {
  const [channel, requestId] = win.webContents.send.mock.calls.at(-1) as [string, string]
  expect(channel).toBe('app.flushBeforeQuit')
  electron.ipcMain.emit('app.flushed', { ...OURS, sender: { id: win.webContents.id } }, requestId)
}

function toldMessage() {
  const [, opts] = electron.dialog.showMessageBox.mock.calls.at(-1) as [unknown, Record<string, string>]
  return opts
}

describe('an uncaught exception in the main process', () => {
  it('is logged with a reference, the pending save flushed, the window reloaded, the user told in Danish', async () => {
    const win = await started()
    processHandlers.get('uncaughtException')!(new Error('disk said no'))
    expect(logText()).toMatch(
      / ERROR main \[ref ([2-9A-HJKMNP-Z]{6})\] uncaught exception: Error: disk said no/,
    )
    // Nothing is reloaded before the renderer has handed over its pending save.
    await vi.waitFor(() => expect(win.webContents.send).toHaveBeenCalled())
    expect(win.webContents.reload).not.toHaveBeenCalled()
    answerFlush(win)
    await vi.waitFor(() => expect(win.webContents.reload).toHaveBeenCalledOnce())
    await vi.waitFor(() => expect(electron.dialog.showMessageBox).toHaveBeenCalledOnce())
    const ref = /\[ref ([2-9A-HJKMNP-Z]{6})\]/.exec(logText())![1]
    expect(toldMessage()).toMatchObject({
      type: 'warning',
      message: 'Der skete en fejl i Planværksted. Det, du havde skrevet, er gemt, og vinduet er åbnet igen.',
      detail: `Reference til den, der hjælper: ${ref}`,
    })
  })

  it('an unhandled rejection takes the same path, in English when the user chose English', async () => {
    const win = await started()
    const api = electron.ipcMain.handlers.get('api')!
    await api(OURS, 'settings.set', { language: 'en' })
    processHandlers.get('unhandledRejection')!(new TypeError('nobody awaited me'))
    expect(logText()).toMatch(
      / ERROR main \[ref [2-9A-HJKMNP-Z]{6}\] unhandled rejection: TypeError: nobody awaited me/,
    )
    await vi.waitFor(() => expect(win.webContents.send).toHaveBeenCalled())
    answerFlush(win)
    await vi.waitFor(() => expect(electron.dialog.showMessageBox).toHaveBeenCalledOnce())
    expect(win.webContents.reload).toHaveBeenCalledOnce()
    expect(toldMessage().message).toBe(
      'Something went wrong in Planværksted. What you had written is saved, and the window has been opened again.',
    )
  })

  it('a flush answer from a frame that is not ours does not count', async () => {
    const win = await started()
    processHandlers.get('uncaughtException')!(new Error('x'))
    await vi.waitFor(() => expect(win.webContents.send).toHaveBeenCalled())
    const [, requestId] = win.webContents.send.mock.calls.at(-1) as [string, string]
    electron.ipcMain.emit(
      'app.flushed',
      { senderFrame: { url: 'https://evil.example/', parent: null } },
      requestId,
    )
    await new Promise((r) => setTimeout(r, 50))
    expect(win.webContents.reload).not.toHaveBeenCalled()
  })
})

describe('the window renderer gone', () => {
  it('is logged, the window reloaded and the user told; a clean exit is not a crash', async () => {
    const win = await started()
    win.webContents.emit('render-process-gone', {}, { reason: 'clean-exit', exitCode: 0 })
    await new Promise((r) => setTimeout(r, 20))
    expect(win.webContents.reload).not.toHaveBeenCalled()

    win.webContents.emit('render-process-gone', {}, { reason: 'oom', exitCode: 9 })
    expect(logText()).toMatch(/ ERROR main \[ref [2-9A-HJKMNP-Z]{6}\] renderer gone: oom \(exit code 9\)/)
    await vi.waitFor(() => expect(win.webContents.reload).toHaveBeenCalledOnce())
    // A dead renderer cannot be asked to save; the backend's writes behind are flushed instead.
    expect(win.webContents.send).not.toHaveBeenCalledWith('app.flushBeforeQuit', expect.anything())
    await vi.waitFor(() => expect(electron.dialog.showMessageBox).toHaveBeenCalledOnce())
    expect(toldMessage().message).toBe(
      'Vinduet holdt op med at svare. Det, du havde skrevet, er gemt, og vinduet er åbnet igen.',
    )
  })

  it('stops reloading a window that crashes again and again, but still logs and tells', async () => {
    const win = await started()
    for (let i = 0; i < 5; i++) {
      win.webContents.emit('render-process-gone', {}, { reason: 'crashed', exitCode: 1 })
      await vi.waitFor(() => expect(electron.dialog.showMessageBox).toHaveBeenCalledTimes(i + 1))
    }
    expect(win.webContents.reload).toHaveBeenCalledTimes(3)
    expect(logText()).toContain('not reloading again')
  })
})
