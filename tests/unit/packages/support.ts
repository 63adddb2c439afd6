import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { createBackend, type Backend } from '../../../src/main/backend'
import { createHandlers } from '../../../src/main/handlers'
import { dispatch } from '../../../src/main/backend/dispatch'
import type { Host } from '../../../src/main/hostApi'
import { RESOURCES_DIR } from '../backend/support/tempBackend'

/** One laptop: its own data folder, a real backend, and dialogs that answer with `dialog.path`. */
export async function laptop() {
  const dataDir = await mkdtemp(join(tmpdir(), 'pv-laptop-'))
  const dialog: { path: string | null } = { path: null }
  const host: Host = {
    showSaveDialog: async () => dialog.path,
    showOpenDialog: async () => dialog.path,
    openExternal: async () => undefined,
    appVersion: () => '0.1.0-test',
    assetBase: () => 'pv-asset://plan/',
  }
  const backend: Backend = await createBackend({ dataDir, resourcesDir: RESOURCES_DIR })
  const handlers = createHandlers(backend, host)
  const raw = (name: string, input?: unknown) => dispatch(handlers, name, input)
  const call = async <T = unknown>(name: string, input?: unknown): Promise<T> => {
    const res = await raw(name, input)
    if (!res.ok) throw Object.assign(new Error(res.error.message), res.error)
    return res.value as T
  }
  return {
    dataDir,
    dialog,
    backend,
    call,
    raw,
    async cleanup() {
      await backend.close()
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
