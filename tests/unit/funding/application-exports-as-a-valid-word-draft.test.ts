import { mkdtemp, readFile, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import mammoth from 'mammoth'
import { createBackend, type Backend } from '../../../src/main/backend'
import { fundingHandlers } from '../../../src/main/handlers/funding'
import type { Host } from '../../../src/main/hostApi'
import { yearItems, nextDeadline } from '../../../src/shared/derive/yearItems'
import { RESOURCES_DIR } from '../backend/support/tempBackend'
import { docxSchemaErrors } from '../export/fixtures/ooxmlSchemas'
import { planWithApplication } from './fixtures'
import { collectInitiatives } from '../../../src/shared/derive/initiatives'

const planApplication = () => collectInitiatives(planWithApplication())[0].attrs.applications[0]

let dataDir: string
let outDir: string
let backend: Backend
beforeEach(async () => {
  dataDir = await mkdtemp(join(tmpdir(), 'pv-fund-data-'))
  outDir = await mkdtemp(join(tmpdir(), 'pv-fund-out-'))
  backend = await createBackend({ dataDir, resourcesDir: RESOURCES_DIR })
})
afterEach(async () => {
  await backend.close()
  await rm(dataDir, { recursive: true, force: true })
  await rm(outDir, { recursive: true, force: true })
})

const host = (asked: string[]): Host => ({
  showSaveDialog: async ({ defaultName }) => {
    asked.push(defaultName)
    return join(outDir, defaultName)
  },
  showOpenDialog: async () => null,
  showOpenFilesDialog: async () => [],
  openExternal: async () => undefined,
  openPath: async () => undefined,
  showItemInFolder: async () => undefined,
  printToPdf: async () => new Uint8Array(),
  appVersion: () => '0.0.0-test',
  assetBase: () => 'pv-asset://plan/',
})

async function planOnDisk(): Promise<string> {
  const plan = await backend.plans.create(
    {
      title: 'Plan for Hejnsvig',
      council: 'Hejnsvig Lokalråd',
      kind: 'council',
      villages: [],
      municipality: 'Billund',
      templateId: 'blank',
    },
    null,
    null,
  )
  await backend.plans.save({ id: plan.id, rev: plan.rev, doc: planWithApplication() })
  return plan.id
}

describe('an application to a fund', () => {
  it('is saved as a Word draft Word accepts, and reads back with the facts, sections and the check', async () => {
    const planId = await planOnDisk()
    const asked: string[] = []
    const result = await fundingHandlers(backend, host(asked))['funding.exportDocx']({
      planId,
      initiativeId: 'multibane',
      application: planApplication(),
      today: '2027-02-05',
    })
    expect(asked).toEqual(['Ansøgning - Landdistriktspuljen (Billund Kommune) - Multibane i Hejnsvig.docx'])
    expect(result.status).toBe('saved')
    const bytes = new Uint8Array(await readFile((result as { path: string }).path))
    expect(docxSchemaErrors(bytes)).toEqual([])
    const { value } = await mammoth.extractRawText({ buffer: Buffer.from(bytes) })
    for (const expected of [
      'Ansøgning til Landdistriktspuljen (Billund Kommune)',
      'Multibane i Hejnsvig',
      'Fritid og fællesskab',
      'Anna Holm (Idrætsforeningen)',
      '120 timer à 100 kr. = 12.000 kr.',
      '60.000 kr.',
      '15. februar 2027',
      'Bygget af frivillige.',
      '(Afsnittet er ikke skrevet endnu.)',
      'Tilbud på projektets leverancer – mangler',
      'Evaluering, regnskab og dokumentation',
      'Egenfinansieringen er 27.000 kr.; fonden kræver mindst 15.000 kr. (25 %).',
      'Fristen 15. februar 2027 er om 10 dage.',
      'https://www.billund.dk/borger/kultur-og-fritid/puljer-tilskud/landdistriktspuljen',
    ])
      expect(value).toContain(expected)
  })

  it("puts the deadline on the year's wheel and, while a draft, on the home screen's next deadline", async () => {
    const planId = await planOnDisk()
    const doc = (await backend.plans.get(planId)).doc
    const items = yearItems(null, doc, 2027).filter((i) => i.kind === 'application')
    expect(items).toEqual([
      expect.objectContaining({
        name: 'Landdistriktspuljen (Billund Kommune): Multibane i Hejnsvig',
        date: '2027-02-15',
      }),
    ])
    const deadlines = await fundingHandlers(backend, host([]))['funding.deadlines']({ today: '2027-02-01' })
    expect(deadlines).toEqual([
      {
        name: 'Landdistriktspuljen (Billund Kommune): Multibane i Hejnsvig',
        from: 'Plan for Hejnsvig',
        date: '2027-02-15',
      },
    ])
    expect(nextDeadline([], '2027-02-01', deadlines)).toMatchObject({
      date: '2027-02-15',
      municipality: 'Plan for Hejnsvig',
    })
    // Decided: off the wheel; sent: no longer a deadline to meet on the home screen.
    const granted = planWithApplication({ status: 'granted', grantedKr: 50000 })
    expect(yearItems(null, granted, 2027).filter((i) => i.kind === 'application')).toEqual([])
  })
})
