import type { IpcMain } from 'electron'
import { toEnvelopeError, type Envelope } from '../shared/model/errors'

export const API_CHANNEL = 'api'

/** What an IPC event tells us about who sent it; Electron's IpcMainInvokeEvent fits this. */
export type SenderEvent = { senderFrame: { url: string; parent: unknown } | null }

/** The frame is our app's page and the top frame of its window (VS Code's validateEvent does the
 * same two checks): an iframe inside our page, even one showing an app:// URL, never speaks for it. */
export function isTrustedSender(event: SenderEvent, isAllowedUrl: (url: string) => boolean): boolean {
  const frame = event.senderFrame
  if (!frame || frame.parent !== null) return false
  return typeof frame.url === 'string' && isAllowedUrl(frame.url)
}

export type Dispatch = (name: unknown, input: unknown) => Promise<Envelope<unknown>>

/** The one IPC entry point. A frame that is not our own app page's main frame (an iframe, a page
 * navigated elsewhere, a destroyed frame) gets 'forbidden-sender' before the name is even looked at; the
 * dispatcher then refuses unknown names and parses the input with the contract before any handler
 * runs. Errors travel as an envelope because Electron strips custom fields from thrown errors. */
export function createApiHandler(opts: { isAllowedSender(url: string): boolean; dispatch: Dispatch }) {
  return async (event: SenderEvent, name: unknown, input: unknown): Promise<Envelope<unknown>> => {
    if (!isTrustedSender(event, opts.isAllowedSender)) {
      const url = event.senderFrame?.url
      const where =
        event.senderFrame && event.senderFrame.parent !== null ? 'a sub-frame at' : 'a frame outside the app:'
      return {
        ok: false,
        error: { code: 'forbidden-sender', message: `IPC from ${where} ${String(url)}` },
      }
    }
    try {
      return await opts.dispatch(name, input)
    } catch (err) {
      return toEnvelopeError(err)
    }
  }
}

export function registerApiChannel(
  ipcMain: Pick<IpcMain, 'handle' | 'removeHandler'>,
  handler: ReturnType<typeof createApiHandler>,
): void {
  ipcMain.removeHandler(API_CHANNEL)
  ipcMain.handle(API_CHANNEL, handler)
}
