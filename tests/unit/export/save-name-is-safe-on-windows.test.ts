import { describe, expect, it } from 'vitest'
import { defaultExportName, safeFileName, withDocxExtension } from '../../../src/main/backend/export/saveName'

describe('the default file name of an export', () => {
  it('names the council and the date', () => {
    expect(defaultExportName({ council: 'Østerby Lokalråd', title: 'Plan' }, new Date(2026, 2, 5))).toBe(
      'Udviklingsplan - Østerby Lokalråd - 2026-03-05.docx',
    )
  })

  it('falls back to the plan title when there is no council', () => {
    expect(defaultExportName({ council: ' ', title: 'Ålum 2030' }, new Date(2026, 0, 1))).toBe(
      'Udviklingsplan - Ålum 2030 - 2026-01-01.docx',
    )
  })

  it('removes what Windows refuses', () => {
    expect(safeFileName('Lokalråd <Nord>: "A/B\\C" | ja? * nej')).toBe('Lokalråd Nord A B C ja nej')
    expect(safeFileName('tab\there\u0000and\u001fthere')).toBe('tab here and there')
    expect(safeFileName('slutter med punktum. . ')).toBe('slutter med punktum')
    expect(safeFileName('CON')).toBe('_CON')
    expect(safeFileName('lpt1.docx')).toBe('_lpt1.docx')
    expect(safeFileName('???')).toBe('Udviklingsplan')
  })

  it('caps the length so the folder path still fits', () => {
    const name = defaultExportName({ council: 'Æ'.repeat(400), title: '' }, new Date(2026, 0, 1))
    expect(name.length).toBeLessThanOrEqual(160)
    expect(name.endsWith('.docx')).toBe(true)
  })

  it('adds .docx when the user typed a name without it', () => {
    expect(withDocxExtension('C:\\Planer\\plan')).toBe('C:\\Planer\\plan.docx')
    expect(withDocxExtension('/tmp/plan.DOCX')).toBe('/tmp/plan.DOCX')
  })
})
