import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { createBackend, type Backend } from '../../../src/main/backend'
import { createHandlers } from '../../../src/main/handlers'
import { dispatch } from '../../../src/main/backend/dispatch'
import type { Host } from '../../../src/main/hostApi'
import type { Fs } from '../../../src/main/backend/store/fsFacade'
import { RESOURCES_DIR } from '../backend/support/tempBackend'

/**
 * One laptop: its own data folder, a real backend, and dialogs that answer with `dialog.path`.
 * `fs` may wrap the real file system (a full disk, a case-insensitive disk); it gets the folder.
 * `restart` closes the backend and opens a new one on the same folder, as quitting and starting does.
 */
export async function laptop(opts: { fs?: (dataDir: string) => Fs } = {}) {
  const dataDir = await mkdtemp(join(tmpdir(), 'pv-laptop-'))
  const dialog: { path: string | null } = { path: null }
  const host: Host = {
    showSaveDialog: async () => dialog.path,
    showOpenDialog: async () => dialog.path,
    showOpenFilesDialog: async () => [],
    openExternal: async () => undefined,
    openPath: async () => undefined,
    showItemInFolder: async () => undefined,
    // No window to print here: an empty answer, which the PDF handler refuses.
    printToPdf: async () => new Uint8Array(),
    appVersion: () => '0.1.0-test',
    assetBase: () => 'pv-asset://plan/',
  }
  const fs = opts.fs?.(dataDir)
  const open = async () => {
    const backend: Backend = await createBackend({ dataDir, resourcesDir: RESOURCES_DIR, fs })
    return { backend, handlers: createHandlers(backend, host) }
  }
  let current = await open()
  const raw = (name: string, input?: unknown) => dispatch(current.handlers, name, input)
  const call = async <T = unknown>(name: string, input?: unknown): Promise<T> => {
    const res = await raw(name, input)
    if (!res.ok) throw Object.assign(new Error(res.error.message), res.error)
    return res.value as T
  }
  return {
    dataDir,
    dialog,
    get backend() {
      return current.backend
    },
    call,
    raw,
    async restart() {
      await current.backend.close()
      current = await open()
    },
    async cleanup() {
      await current.backend.close()
      await rm(dataDir, { recursive: true, force: true })
    },
  }
}

/** Enough of a PNG for the magic-number check, different per `seed`. */
export function pngBytes(seed: number): Buffer {
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    Buffer.from(`billede ${seed}`),
  ])
}
