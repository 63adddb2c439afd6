import type { RawApi } from '../../shared/api'

// Defined by src/preload/index.ts in Electron and by the e2e harness in Chromium, the same way.
// appEvents is optional because a plain browser page (Vite dev without Electron) has no quit to flush.
declare global {
  interface Window {
    api: RawApi
    appEvents?: { onFlushBeforeQuit(cb: () => Promise<void>): () => void }
  }
}
export {}
