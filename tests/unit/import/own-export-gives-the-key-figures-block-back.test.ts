import { afterEach, describe, expect, it } from 'vitest'
import { exportPlanToDocx } from '../../../src/main/backend/export'
import { readDocx } from '../../../src/main/backend/import/readDocx'
import { checkDocument } from '../../../src/shared/document/validate'
import type { DocxImportResult } from '../../../src/shared/model/review'
import { AGES, POPULATION, keyFiguresPlan } from '../export/fixtures/keyFiguresPlan'
import { withoutPlanPart } from './support/withoutPlanPart'
import { wordImportRig } from './support/wordImportRig'

const plan = keyFiguresPlan(POPULATION, AGES)

const exported = () =>
  exportPlanToDocx({
    plan,
    readAsset: async () => {
      throw Object.assign(new Error('no such asset'), { code: 'ENOENT' })
    },
    options: { reviewCopy: false, date: new Date(2026, 2, 12) },
  })

let cleanup: (() => Promise<void>) | null = null
afterEach(async () => {
  await cleanup?.()
  cleanup = null
})

describe('importing our own export with Nøgletal blocks', () => {
  it('gives each block back with its table, source and chart kind, not a picture of it', async () => {
    const back = await readDocx(await exported())
    expect(back.report.items).toEqual([])
    const blocks = (back.doc as { content: { type: string; attrs?: unknown }[] }).content.filter(
      (n) => n.type === 'keyFigures',
    )
    expect(blocks.map((b) => b.attrs)).toEqual([POPULATION, AGES])
    expect(checkDocument(back.doc).ok).toBe(true)
  })

  it('through the app’s own import command, into a plan that holds the blocks', async () => {
    const rig = await wordImportRig()
    cleanup = () => rig.cleanup()
    const answer = await rig.importDocx(await exported())
    if (!answer.ok) throw new Error(answer.error.message)
    const result = answer.value as DocxImportResult
    if (result.status !== 'imported') throw new Error('cancelled')
    const saved = await rig.backend.plans.get(result.plan.id)
    const types = (saved.doc as { content: { type: string; attrs?: unknown }[] }).content
    expect(types.filter((n) => n.type === 'keyFigures').map((n) => n.attrs)).toEqual([POPULATION, AGES])
  })

  it('keeps the numbers as a table when the plan part is gone (the file went through other hands)', async () => {
    const back = await readDocx(withoutPlanPart(await exported()))
    const text = JSON.stringify(back.doc)
    expect(text).toContain('Kilde: Danmarks Statistik, FOLK1A, 2026')
    expect(text).toContain('"type":"table"')
    expect(text).toContain('612')
  })
})
