import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import mammoth from 'mammoth'
import { createBackend, type Backend } from '../../../src/main/backend'
import { exportHandlers } from '../../../src/main/handlers/export'
import type { Host } from '../../../src/main/hostApi'
import { RESOURCES_DIR } from '../backend/support/tempBackend'
import { makePng } from './fixtures/png'

let dataDir: string
let outDir: string
let backend: Backend
beforeEach(async () => {
  dataDir = await mkdtemp(join(tmpdir(), 'pv-export-data-'))
  outDir = await mkdtemp(join(tmpdir(), 'pv-export-out-'))
  backend = await createBackend({ dataDir, resourcesDir: RESOURCES_DIR })
})
afterEach(async () => {
  await backend.close()
  await rm(dataDir, { recursive: true, force: true })
  await rm(outDir, { recursive: true, force: true })
})

function hostAnswering(answer: (defaultName: string) => string | null): Host & { asked: string[] } {
  const asked: string[] = []
  return {
    asked,
    showSaveDialog: async ({ defaultName }) => {
      asked.push(defaultName)
      return answer(defaultName)
    },
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
}

describe("'plans.exportDocx'", () => {
  it('offers a Windows-safe default name and writes the plan where the user chose', async () => {
    const plan = await backend.plans.create(
      {
        title: 'Plan for Ålum',
        council: 'Ålum: Lokalråd?',
        kind: 'council',
        villages: [],
        municipality: '',
        templateId: 'blank',
      },
      null,
      null,
    )
    await backend.plans.save({
      id: plan.id,
      rev: plan.rev,
      doc: {
        type: 'doc',
        content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Ærlig snak om søen.' }] }],
      },
    })
    const host = hostAnswering((name) => join(outDir, name.replace(/\.docx$/, '')))
    const handlers = exportHandlers(backend, host, { now: () => new Date(2026, 2, 12) })
    const result = await handlers['plans.exportDocx']({ id: plan.id, options: { reviewCopy: false } })

    expect(host.asked).toEqual(['Udviklingsplan - Ålum Lokalråd - 2026-03-12.docx'])
    expect(result).toEqual({
      status: 'saved',
      path: join(outDir, 'Udviklingsplan - Ålum Lokalråd - 2026-03-12.docx'),
      notices: [],
    })
    const { value } = await mammoth.extractRawText({
      buffer: await readFile((result as { path: string }).path),
    })
    expect(value).toContain('Ærlig snak om søen.')
    expect(value).toContain('Plan for Ålum')
  })

  it('says which pictures the saved file lacks: one whose file is gone, one nothing describes', async () => {
    const plan = await backend.plans.create(
      { title: 'Plan', council: '', kind: 'council', villages: [], municipality: '', templateId: 'blank' },
      null,
      null,
    )
    const png = Buffer.from(makePng(40, 20)).toString('base64')
    const asset = await backend.assets.add({ planId: plan.id, fileName: 'kort.png', data: png })
    const picture = (src: string, alt: string | null) => ({
      type: 'image',
      attrs: { src, alt, title: null, width: null, height: null },
    })
    await backend.plans.save({
      id: plan.id,
      rev: plan.rev,
      doc: {
        type: 'doc',
        content: [
          { type: 'heading', attrs: { level: 1 }, content: [{ type: 'text', text: 'Om byen' }] },
          picture(asset.src, null),
          picture(`asset:${'cd'.repeat(32)}.png`, 'Kirken'),
        ],
      },
    })
    const handlers = exportHandlers(
      backend,
      hostAnswering((name) => join(outDir, name)),
    )
    const result = await handlers['plans.exportDocx']({ id: plan.id, options: { reviewCopy: false } })
    expect(result).toMatchObject({
      status: 'saved',
      notices: [
        { kind: 'image-without-alt', section: 'Om byen', label: '' },
        { kind: 'image-left-out', section: 'Om byen', label: 'Kirken' },
      ],
    })
  })

  it('answers cancelled and writes nothing when the dialog is cancelled', async () => {
    const plan = await backend.plans.create(
      { title: 'Plan', council: '', kind: 'council', villages: [], municipality: '', templateId: 'blank' },
      null,
      null,
    )
    const handlers = exportHandlers(
      backend,
      hostAnswering(() => null),
    )
    expect(await handlers['plans.exportDocx']({ id: plan.id, options: { reviewCopy: true } })).toEqual({
      status: 'cancelled',
    })
    expect(await readdir(outDir)).toEqual([])
  })
})
