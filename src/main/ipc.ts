import type { IpcMain } from 'electron'
import { toEnvelopeError, type Envelope } from '../shared/model/errors'

export const API_CHANNEL = 'api'

/** What an IPC event tells us about who sent it; Electron's IpcMainInvokeEvent fits this. */
export type SenderEvent = { senderFrame: { url: string } | null }

export type Dispatch = (name: unknown, input: unknown) => Promise<Envelope<unknown>>

/** The one IPC entry point. A frame that is not our own app page (a stray iframe, a page navigated
 * elsewhere, a destroyed frame) gets 'forbidden-sender' before the name is even looked at; the
 * dispatcher then refuses unknown names and parses the input with the contract before any handler
 * runs. Errors travel as an envelope because Electron strips custom fields from thrown errors. */
export function createApiHandler(opts: { isAllowedSender(url: string): boolean; dispatch: Dispatch }) {
  return async (event: SenderEvent, name: unknown, input: unknown): Promise<Envelope<unknown>> => {
    const url = event.senderFrame?.url
    if (typeof url !== 'string' || !opts.isAllowedSender(url)) {
      return {
        ok: false,
        error: { code: 'forbidden-sender', message: `IPC from a frame outside the app: ${String(url)}` },
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
