import { runInBackground } from '../shared/async/runInBackground'
import { contextBridge, ipcRenderer } from 'electron'
import { COMMAND_NAMES } from '../shared/commandNames'

// Channel names are spelled out here rather than imported from main/: the preload bundle must not
// pull in main-process code.
const API_CHANNEL = 'api'
const FLUSH_REQUEST = 'app.flushBeforeQuit'
const FLUSH_REPLY = 'app.flushed'

/** One function per contract command and nothing else: no ipcRenderer, no generic send. Each returns
 * the raw envelope; the renderer's client unwraps it. */
const api = Object.fromEntries(
  COMMAND_NAMES.map((name) => [name, (input: unknown) => ipcRenderer.invoke(API_CHANNEL, name, input)]),
)

const flushCallbacks = new Set<() => Promise<void>>()

// Main asks before quitting; we answer once every registered flush has settled, failed or not, so a
// broken callback cannot hold the app open (main also has a timeout).
ipcRenderer.on(FLUSH_REQUEST, (_event, requestId: unknown) => {
  if (typeof requestId !== 'string') return
  // allSettled never rejects: the reply goes whatever the callbacks did.
  runInBackground(
    Promise.allSettled([...flushCallbacks].map((cb) => cb())).then(() =>
      ipcRenderer.send(FLUSH_REPLY, requestId),
    ),
    (err) => console.error('[preload] flush reply failed:', err),
  )
})

const appEvents = {
  onFlushBeforeQuit(cb: () => Promise<void>): () => void {
    if (typeof cb !== 'function') return () => undefined
    const wrapped = (): Promise<void> => Promise.resolve().then(cb)
    flushCallbacks.add(wrapped)
    return () => {
      flushCallbacks.delete(wrapped)
    }
  },
}

contextBridge.exposeInMainWorld('api', api)
contextBridge.exposeInMainWorld('appEvents', appEvents)
