import type { App, BrowserWindow, IpcMain, PowerMonitor } from 'electron'
import { createQuitFlush, type Preventable } from './quitFlush'
import { isTrustedSender, type SenderEvent } from './ipc'

export const FLUSH_REQUEST = 'app.flushBeforeQuit'
export const FLUSH_REPLY = 'app.flushed'

const NOTHING_TO_PREVENT: Preventable = { preventDefault() {} }

type FlushedEvent = SenderEvent & { sender: { id: number } }

/** Wires the quit handshake to Electron: quitting, closing the window, a system shutdown (Linux,
 * macOS) and log-off or shutdown on Windows all flush the renderer's pending save first. */
export function installQuitFlush(opts: {
  app: Pick<App, 'on' | 'quit'>
  ipcMain: Pick<IpcMain, 'on'>
  powerMonitor: Pick<PowerMonitor, 'on'>
  windows(): BrowserWindow[]
  isAppUrl(url: string): boolean
  timeoutMs?: number
}) {
  const flush = createQuitFlush({
    targets: () =>
      opts
        .windows()
        .filter((w) => !w.isDestroyed() && !w.webContents.isDestroyed())
        .map((w) => ({
          id: w.webContents.id,
          requestFlush: (requestId: string) => w.webContents.send(FLUSH_REQUEST, requestId),
        })),
    quit: () => opts.app.quit(),
    timeoutMs: opts.timeoutMs,
  })

  opts.app.on('before-quit', (event) => flush.onQuitRequested(event))
  opts.ipcMain.on(FLUSH_REPLY, (event: FlushedEvent, requestId: unknown) => {
    if (!isTrustedSender(event, opts.isAppUrl)) return
    flush.onFlushed(event.sender.id, requestId)
  })
  // The listener gets an event at run time though the typings say otherwise; preventDefault on it
  // asks the system to wait while we flush.
  opts.powerMonitor.on('shutdown', (...args: unknown[]) => {
    const event = args[0] as Partial<Preventable> | undefined
    if (flush.state !== 'done') event?.preventDefault?.()
    flush.onQuitRequested(NOTHING_TO_PREVENT)
  })

  // Sleep and a locked screen do not end the app, but a battery may run flat before it wakes: ask
  // every window to save what is pending now. The reply carries an id the quit handshake does not
  // know, so it is ignored there and nothing quits.
  let sleepRequests = 0
  const flushWithoutQuitting = (): void => {
    for (const w of opts.windows()) {
      if (w.isDestroyed() || w.webContents.isDestroyed()) continue
      w.webContents.send(FLUSH_REQUEST, `sleep-${++sleepRequests}`)
    }
  }
  opts.powerMonitor.on('suspend', flushWithoutQuitting)
  opts.powerMonitor.on('lock-screen', flushWithoutQuitting)

  return {
    flush,
    /** Closing the window quits the app, so it goes through the same handshake. */
    attachWindow(win: Pick<BrowserWindow, 'on'>): void {
      win.on('close', (event) => flush.onQuitRequested(event))
      win.on('query-session-end', (event) => flush.onQuitRequested(event))
      win.on('session-end', () => flush.onQuitRequested(NOTHING_TO_PREVENT))
    },
  }
}
