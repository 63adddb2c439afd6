import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { createBackend, type Backend } from '../../../../src/main/backend'
import type { Fs } from '../../../../src/main/backend/store/fsFacade'
import type { Host } from '../../../../src/main/hostApi'
import type { DocJSON } from '../../../../src/shared/model/plan'

export const RESOURCES_DIR = resolve(__dirname, '../../../../resources')

/** A real backend on a fresh temp data folder; `restart` closes it and opens a new one on the same folder. */
export async function tempBackend(opts: { fs?: Fs } = {}) {
  const dataDir = await mkdtemp(join(tmpdir(), 'pv-backend-'))
  const open = () => createBackend({ dataDir, resourcesDir: RESOURCES_DIR, fs: opts.fs })
  const box: { backend: Backend } = { backend: await open() }
  return {
    dataDir,
    get backend() {
      return box.backend
    },
    async restart(fs?: Fs) {
      await box.backend.close()
      box.backend = await createBackend({ dataDir, resourcesDir: RESOURCES_DIR, fs: fs ?? opts.fs })
      return box.backend
    },
    async cleanup() {
      await box.backend.close()
      await rm(dataDir, { recursive: true, force: true })
    },
  }
}

export function testHost(): Host & { opened: string[] } {
  const opened: string[] = []
  return {
    opened,
    showSaveDialog: async () => null,
    showOpenDialog: async () => null,
    showOpenFilesDialog: async () => [],
    openExternal: async (url) => void opened.push(url),
    openPath: async () => undefined,
    showItemInFolder: async () => undefined,
    // No window to print here: an empty answer, which the PDF handler refuses.
    printToPdf: async () => new Uint8Array(),
    appVersion: () => '0.0.0-test',
    assetBase: () => 'pv-asset://plan/',
  }
}

export const danishDoc: DocJSON = {
  type: 'doc',
  content: [
    { type: 'heading', attrs: { level: 1 }, content: [{ type: 'text', text: 'Forord' }] },
    {
      type: 'paragraph',
      content: [{ type: 'text', text: 'Æblerne i Ølby gror på åens bred: æøå ÆØÅ – »citat«.' }],
    },
  ],
}

/** A one-paragraph document saying `text`. */
export const docSaying = (text: string): DocJSON => ({
  type: 'doc',
  content: [{ type: 'paragraph', content: [{ type: 'text', text }] }],
})
