import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { createBackend } from '../../../src/main/backend'
import { dispatch } from '../../../src/main/backend/dispatch'
import { createHandlers } from '../../../src/main/handlers'
import type { Host } from '../../../src/main/hostApi'

export const ONE_PIXEL_PNG =
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg=='

const testHost: Host = {
  showSaveDialog: async () => null,
  showOpenDialog: async () => null,
  showOpenFilesDialog: async () => [],
  openExternal: async () => undefined,
  openPath: async () => undefined,
  showItemInFolder: async () => undefined,
  // No window to print here: an empty answer, which the PDF handler refuses.
  printToPdf: async () => new Uint8Array(),
  appVersion: () => '0.0.0-test',
  assetBase: () => 'pv-asset://plan/',
}

/** A real backend on a fresh temp data folder, with the real handlers and dispatcher. */
export async function realBackend() {
  const dataDir = mkdtempSync(join(tmpdir(), 'pv-shell-'))
  const backend = await createBackend({ dataDir, resourcesDir: join(process.cwd(), 'resources') })
  const handlers = createHandlers(backend, testHost)
  return {
    dataDir,
    backend,
    handlers,
    call: (name: unknown, input?: unknown) => dispatch(handlers, name, input),
  }
}
