import { runInBackground } from '../shared/async/runInBackground'
import type { BrowserWindow, Dialog, IpcMain, RenderProcessGoneDetails } from 'electron'
import type { RotatingLog } from './backend/log/rotatingLog'
import { describeError } from './backend/log/logLine'
import { newErrorRef } from '../shared/model/errorRef'
import type { Labels } from './labels'
import { isTrustedSender, type SenderEvent } from './ipc'
import { FLUSH_REPLY, FLUSH_REQUEST } from './quit'

type Win = Pick<BrowserWindow, 'isDestroyed' | 'webContents'>

export type CrashRecoveryOptions = {
  process: Pick<NodeJS.Process, 'on'>
  ipcMain: Pick<IpcMain, 'on'>
  dialog: Pick<Dialog, 'showMessageBox'>
  log: RotatingLog
  window(): Win | null
  /** The backend's writes behind the saves (the plan index) reach the disk. */
  flushBackend(): Promise<void>
  labels(): Labels
  isAppUrl(url: string): boolean
  /** How long a living renderer gets to hand over its pending save. */
  flushTimeoutMs?: number
  now?: () => number
}

/** More reloads than this within a minute means the window crashes as it starts: stop reloading. */
const MAX_RELOADS_PER_MINUTE = 3

/**
 * What the shell does when something breaks that nothing else caught: an uncaught exception or an
 * unhandled rejection in the main process, or the window's renderer gone (crashed, killed, out of
 * memory). Each is logged with a reference, the pending save is flushed (the renderer's, when it
 * still lives, then the backend's), the window is reloaded, and the user is told in a sentence
 * of their language with the reference a helper can look up in the log.
 */
export function installCrashRecovery(opts: CrashRecoveryOptions) {
  const timeoutMs = opts.flushTimeoutMs ?? 3000
  const now = opts.now ?? Date.now
  const waiting = new Map<string, () => void>()
  let counter = 0
  let busy = false
  let reloads: number[] = []

  opts.ipcMain.on(FLUSH_REPLY, (event: SenderEvent, requestId: unknown) => {
    if (!isTrustedSender(event, opts.isAppUrl) || typeof requestId !== 'string') return
    waiting.get(requestId)?.()
  })

  /** Asks a living renderer to save what is pending and waits for its answer or the timeout. */
  function flushRenderer(win: Win): Promise<void> {
    const requestId = `recover-${++counter}`
    return new Promise<void>((resolve) => {
      const done = () => {
        clearTimeout(timer)
        waiting.delete(requestId)
        resolve()
      }
      const timer = setTimeout(done, timeoutMs)
      waiting.set(requestId, done)
      try {
        win.webContents.send(FLUSH_REQUEST, requestId)
      } catch {
        done()
      }
    })
  }

  /** A recovery that itself fails is written down, never left to become the next uncaught error. */
  const recoveryFailed = (err: unknown) => opts.log.error('main', `recovery failed: ${describeError(err)}`)

  async function recover(kind: 'main' | 'renderer', ref: string): Promise<void> {
    if (busy) return
    busy = true
    try {
      const win = opts.window()
      if (!win || win.isDestroyed() || win.webContents.isDestroyed()) return
      if (kind === 'main') await flushRenderer(win)
      await opts
        .flushBackend()
        .catch((err: unknown) => opts.log.error('main', `flush failed: ${describeError(err)}`))
      const t = now()
      reloads = reloads.filter((at) => t - at < 60_000)
      const labels = opts.labels()
      if (reloads.length < MAX_RELOADS_PER_MINUTE) {
        reloads.push(t)
        win.webContents.reload()
      } else {
        opts.log.warn('main', `[ref ${ref}] not reloading again: ${reloads.length} reloads within a minute`)
      }
      const message = kind === 'main' ? labels.crashMain : labels.crashRendererGone
      opts.dialog
        .showMessageBox(win as BrowserWindow, {
          type: 'warning',
          title: labels.crashTitle,
          message,
          detail: labels.crashReference(ref),
          buttons: [labels.ok],
        })
        .catch(() => undefined)
    } finally {
      busy = false
    }
  }

  function onMainError(what: string, err: unknown): void {
    const ref = newErrorRef()
    opts.log.error('main', `[ref ${ref}] ${what}: ${describeError(err)}`)
    runInBackground(recover('main', ref), recoveryFailed)
  }

  opts.process.on('uncaughtException', (err) => onMainError('uncaught exception', err))
  opts.process.on('unhandledRejection', (reason) => onMainError('unhandled rejection', reason))

  return {
    /** The window's renderer going away (not a clean exit) is logged and the window reloaded. */
    attachWindow(win: Pick<BrowserWindow, 'webContents'>): void {
      win.webContents.on('render-process-gone', (_event: unknown, details: RenderProcessGoneDetails) => {
        if (details.reason === 'clean-exit') return
        const ref = newErrorRef()
        opts.log.error(
          'main',
          `[ref ${ref}] renderer gone: ${details.reason} (exit code ${details.exitCode})`,
        )
        runInBackground(recover('renderer', ref), recoveryFailed)
      })
    },
  }
}
