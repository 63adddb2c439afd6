import { EventEmitter } from 'node:events'
import { expect, it, vi } from 'vitest'
import { installQuitFlush } from '../../../src/main/quit'
import { isAppUrl } from '../../../src/main/appUrl'

function setup() {
  const app = Object.assign(new EventEmitter(), { quit: vi.fn() })
  const ipcMain = new EventEmitter()
  const powerMonitor = new EventEmitter()
  const win = Object.assign(new EventEmitter(), {
    isDestroyed: () => false,
    webContents: { id: 7, isDestroyed: () => false, send: vi.fn() },
  })
  installQuitFlush({
    app: app as never,
    ipcMain: ipcMain as never,
    powerMonitor: powerMonitor as never,
    windows: () => [win as never],
    isAppUrl: (u) => isAppUrl(u),
  }).attachWindow(win as never)
  const reply = (id: unknown) =>
    ipcMain.emit(
      'app.flushed',
      { sender: { id: 7 }, senderFrame: { url: 'app://planvaerksted/index.html' } },
      id,
    )
  return { app, powerMonitor, win, reply }
}

for (const event of ['suspend', 'lock-screen']) {
  it(`${event}: every window is asked to save what is pending, and the app does not quit`, () => {
    const { app, powerMonitor, win, reply } = setup()
    powerMonitor.emit(event)
    expect(win.webContents.send).toHaveBeenCalledOnce()
    const [channel, id] = win.webContents.send.mock.calls[0]
    expect(channel).toBe('app.flushBeforeQuit')
    reply(id)
    expect(app.quit).not.toHaveBeenCalled()

    // Waking up and later quitting still goes through the whole quit handshake.
    const quitEvent = { preventDefault: vi.fn() }
    app.emit('before-quit', quitEvent)
    expect(quitEvent.preventDefault).toHaveBeenCalled()
    const quitId = win.webContents.send.mock.calls[1][1]
    expect(quitId).not.toBe(id)
    reply(quitId)
    expect(app.quit).toHaveBeenCalledOnce()
  })
}

it('a destroyed window is not asked', () => {
  const { powerMonitor, win } = setup()
  Object.assign(win, { isDestroyed: () => true })
  powerMonitor.emit('suspend')
  expect(win.webContents.send).not.toHaveBeenCalled()
})
