import { EventEmitter } from 'node:events'
import { vi } from 'vitest'
import { installQuitFlush } from '../../../src/main/quit'
import { isAppUrl } from '../../../src/main/appUrl'

export const OUR_PAGE = 'app://planvaerksted/index.html'

/** The quit flush wired to stand-ins for app, ipcMain, powerMonitor and one window (id 3). */
export function quitFlushRig() {
  const app = Object.assign(new EventEmitter(), { quit: vi.fn() })
  const ipcMain = new EventEmitter()
  const powerMonitor = new EventEmitter()
  const win = Object.assign(new EventEmitter(), {
    isDestroyed: () => false,
    webContents: { id: 3, isDestroyed: () => false, send: vi.fn() },
  })
  const quit = installQuitFlush({
    app: app as never,
    ipcMain: ipcMain as never,
    powerMonitor: powerMonitor as never,
    windows: () => [win as never],
    isAppUrl: (u) => isAppUrl(u),
  })
  quit.attachWindow(win as never)
  /** A renderer's answer to a flush request, from a given page and sender. */
  const answer = (id: unknown, url = OUR_PAGE, senderId = 3) =>
    ipcMain.emit('app.flushed', { sender: { id: senderId }, senderFrame: { url, parent: null } }, id)
  return { app, ipcMain, powerMonitor, win, answer }
}
