import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import type { Host } from '../../../src/main/hostApi'
import type { Catalogue } from '../../../src/shared/model/catalogue'

export const RESOURCES = resolve(__dirname, '../../../resources')

export async function tempDir(): Promise<{ dir: string; cleanup: () => Promise<void> }> {
  const dir = await mkdtemp(join(tmpdir(), 'pv-catalogues-'))
  return { dir, cleanup: () => rm(dir, { recursive: true, force: true }) }
}

/** A host whose dialogs answer with whatever path the test sets next. */
export function scriptedHost() {
  const answers = { save: null as string | null, open: null as string | null }
  const asked: { save: string[] } = { save: [] }
  const host: Host = {
    showSaveDialog: async (o) => {
      asked.save.push(o.defaultName)
      return answers.save
    },
    showOpenDialog: async () => answers.open,
    showOpenFilesDialog: async () => [],
    openExternal: async () => undefined,
    openPath: async () => undefined,
    showItemInFolder: async () => undefined,
    // No window to print here: an empty answer, which the PDF handler refuses.
    printToPdf: async () => new Uint8Array(),
    appVersion: () => '0.0.0-test',
    assetBase: () => 'asset://',
  }
  return { host, answers, asked }
}

export const ownCatalogue = (over: Partial<Catalogue> = {}): Catalogue => ({
  id: 'billund-2015',
  municipality: 'Billund Kommune',
  title: 'Landdistriktspolitik',
  adopted: '2015',
  version: '1',
  goal: 'At landdistrikterne skal være familiens bedste valg',
  source: 'Billund Kommune, landdistriktspolitik 2015',
  focusAreas: [
    { id: 'a', number: 1, title: 'Første', description: '', colour: '#1f5f8b' },
    { id: 'b', number: 2, title: 'Anden', description: '', colour: '#a3264b' },
  ],
  ...over,
})
