import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { createBackend, type Backend } from '../../../src/main/backend'
import { dispatch } from '../../../src/main/backend/dispatch'
import { createHandlers } from '../../../src/main/handlers'
import type { FileFilter, Host } from '../../../src/main/hostApi'

type Asked = { kind: 'save' | 'open'; title: string; defaultName?: string; filters: string[] }

/** A host that cancels every dialog and remembers what it was asked. */
function recordingHost(asked: Asked[]): Host {
  const names = (filters: FileFilter[]) => filters.map((f) => f.name)
  return {
    showSaveDialog: async (o) => {
      asked.push({ kind: 'save', title: o.title, defaultName: o.defaultName, filters: names(o.filters) })
      return null
    },
    showOpenDialog: async (o) => {
      asked.push({ kind: 'open', title: o.title, filters: names(o.filters) })
      return null
    },
    showOpenFilesDialog: async (o) => {
      asked.push({ kind: 'open', title: o.title, filters: names(o.filters) })
      return []
    },
    openExternal: async () => undefined,
    openPath: async () => undefined,
    showItemInFolder: async () => undefined,
    // No window to print here: an empty answer, which the PDF handler refuses.
    printToPdf: async () => new Uint8Array(),
    appVersion: () => '0.0.0-test',
    assetBase: () => 'pv-asset://plan/',
  }
}

let backend: Backend | null = null
afterEach(async () => {
  await backend?.close()
  backend = null
})

/** Opens every file dialog the app has, in the given UI language, and cancels each one. */
async function everyDialog(language: 'da' | 'en'): Promise<Asked[]> {
  const dataDir = mkdtempSync(join(tmpdir(), 'pv-dialogs-'))
  backend = await createBackend({ dataDir, resourcesDir: join(process.cwd(), 'resources') })
  const asked: Asked[] = []
  const handlers = createHandlers(backend, recordingHost(asked))
  const call = async (name: string, input?: unknown) => {
    const r = await dispatch(handlers, name, input)
    expect(r, name).toMatchObject({ ok: true, value: { status: 'cancelled' } })
  }
  await dispatch(handlers, 'settings.set', { language })
  const plan = await backend.plans.create(
    {
      title: 'Bøvl 2030',
      council: 'Bøvl Lokalråd',
      kind: 'council',
      villages: [],
      municipality: '',
      templateId: 'blank',
    },
    null,
    null,
  )
  const [catalogue] = await backend.catalogues.list()
  await call('plans.exportDocx', { id: plan.id })
  await call('plans.exportPdf', { id: plan.id })
  await call('plans.exportPackage', { id: plan.id, includeVersions: false })
  await call('plans.importPackage', {})
  await call('plans.importDocx')
  await call('reviews.import', { planId: plan.id })
  await call('catalogues.export', { id: catalogue.id })
  await call('catalogues.import')
  return asked
}

describe('the file dialogs the main process opens', () => {
  it('are English, title, file type and suggested name, when the UI is English', async () => {
    const asked = await everyDialog('en')
    expect(asked.map((a) => a.title)).toEqual([
      'Save the plan as a Word file',
      'Save the plan as a PDF',
      'Save as plan file',
      'Import plan file',
      'Import Word file',
      'Load comments from Word',
      'Save focus areas',
      'Open focus areas',
    ])
    expect(asked.map((a) => a.filters[0])).toEqual([
      'Word document',
      'PDF document',
      'Planværksted plan',
      'Planværksted plan',
      'Word document',
      'Word document',
      'Focus areas (JSON)',
      'Focus areas (JSON)',
    ])
    expect(asked[0].defaultName).toMatch(/^Development plan - Bøvl Lokalråd - \d{4}-\d{2}-\d{2}\.docx$/)
    expect(asked[1].defaultName).toMatch(/^Development plan - Bøvl Lokalråd - \d{4}-\d{2}-\d{2}\.pdf$/)
  })

  it('are Danish when the UI is Danish', async () => {
    const asked = await everyDialog('da')
    expect(asked.map((a) => a.title)).toEqual([
      'Gem planen som Word-fil',
      'Gem planen som PDF',
      'Gem som plan-fil',
      'Importér plan-fil',
      'Importér Word-fil',
      'Indlæs kommentarer fra Word',
      'Gem indsatsområder',
      'Hent indsatsområder',
    ])
    expect(asked.map((a) => a.filters[0])).toEqual([
      'Word-dokument',
      'PDF-dokument',
      'Planværksted-plan',
      'Planværksted-plan',
      'Word-dokument',
      'Word-dokument',
      'Indsatsområder (JSON)',
      'Indsatsområder (JSON)',
    ])
    expect(asked[0].defaultName).toMatch(/^Udviklingsplan - Bøvl Lokalråd - \d{4}-\d{2}-\d{2}\.docx$/)
    expect(asked[1].defaultName).toMatch(/^Udviklingsplan - Bøvl Lokalråd - \d{4}-\d{2}-\d{2}\.pdf$/)
  })
})
