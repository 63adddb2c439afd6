import { describe, expect, it } from 'vitest'
import { exportPlanToDocx } from '../../../src/main/backend/export/index'
import { checkDocument } from '../../../src/shared/document/validate'
import type { ExportNotice } from '../../../src/shared/model/exportNotice'
import { docxSchemaErrors } from './fixtures/ooxmlSchemas'
import { hardPlan, readHardAsset } from './fixtures/hardPlan'
import { unzipText } from './fixtures/readDocx'

const plan = hardPlan()

describe.each([
  ['clean copy', false],
  ['review copy', true],
])('the hard plan (about 180 pages, every awkward case at once), %s', (_name, reviewCopy) => {
  it('is a plan the app holds, and exports to a file valid by the schemas in every part', async () => {
    expect(checkDocument(plan.doc).ok).toBe(true)
    const notices: ExportNotice[] = []
    const bytes = await exportPlanToDocx({
      plan,
      readAsset: readHardAsset,
      options: { reviewCopy, date: new Date(2026, 2, 12) },
      notices,
    })
    expect(docxSchemaErrors(bytes)).toEqual([])
    expect(notices.map((n) => `${n.kind}: ${n.label}`)).toEqual([
      'image-without-alt: ',
      'image-left-out: Et billede der er skåret over',
      'image-left-out: Et billede hvis fil mangler',
    ])
    // The text Word shows: every run's text in order, soft hyphens and run splits left out.
    const body = unzipText(bytes)['word/document.xml']
    const text = [...body.matchAll(/<w:t[^>]*>([^<]*)<\/w:t>/g)].map((m) => m[1]).join('')
    for (const s of [
      'Niveau 3',
      'Citat i citat',
      'Indlejret',
      'Vestergade 1999',
      'Initiativ 29',
      '99.999.999,50',
      'Byen set fra kirketårnet',
      '[Billedet kunne ikke medtages: Et billede der er skåret over]',
    ]) {
      expect(text, s).toContain(s)
    }
  }, 120_000)
})
