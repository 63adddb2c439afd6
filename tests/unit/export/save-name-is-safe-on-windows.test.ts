import { describe, expect, it } from 'vitest'
import { defaultExportName, withDocxExtension } from '../../../src/main/backend/export/saveName'
import { cleanFileName } from '../../../src/shared/format/cleanFileName'
import { catalogueFileName } from '../../../src/shared/model/catalogueVersion'

describe('the default file name of an export', () => {
  it('names the council and the date', () => {
    expect(
      defaultExportName({ council: 'Østerby Lokalråd', title: 'Plan' }, new Date(2026, 2, 5), 'da'),
    ).toBe('Udviklingsplan - Østerby Lokalråd - 2026-03-05.docx')
  })

  it('is worded in English when the UI is English', () => {
    expect(
      defaultExportName({ council: 'Østerby Lokalråd', title: 'Plan' }, new Date(2026, 2, 5), 'en'),
    ).toBe('Development plan - Østerby Lokalråd - 2026-03-05.docx')
    expect(defaultExportName({ council: '', title: '' }, new Date(2026, 2, 5), 'en')).toBe(
      'Development plan - 2026-03-05.docx',
    )
  })

  it('falls back to the plan title when there is no council', () => {
    expect(defaultExportName({ council: ' ', title: 'Ålum 2030' }, new Date(2026, 0, 1), 'da')).toBe(
      'Udviklingsplan - Ålum 2030 - 2026-01-01.docx',
    )
  })

  it('removes what Windows refuses', () => {
    expect(cleanFileName('Lokalråd <Nord>: "A/B\\C" | ja? * nej', 'Udviklingsplan')).toBe(
      'Lokalråd Nord A B C ja nej',
    )
    expect(cleanFileName('tab\there\u0000and\u001fthere', 'Udviklingsplan')).toBe('tab here and there')
    expect(cleanFileName('slutter med punktum. . ', 'Udviklingsplan')).toBe('slutter med punktum')
    expect(cleanFileName('CON', 'Udviklingsplan')).toBe('_CON')
    expect(cleanFileName('lpt1.docx', 'Udviklingsplan')).toBe('_lpt1.docx')
    expect(cleanFileName('???', 'Udviklingsplan')).toBe('Udviklingsplan')
  })

  it('caps the length so the folder path still fits', () => {
    const name = defaultExportName({ council: 'Æ'.repeat(400), title: '' }, new Date(2026, 0, 1), 'da')
    expect(name.length).toBeLessThanOrEqual(160)
    expect(name.endsWith('.docx')).toBe(true)
  })

  it('adds .docx when the user typed a name without it', () => {
    expect(withDocxExtension('C:\\Planer\\plan')).toBe('C:\\Planer\\plan.docx')
    expect(withDocxExtension('/tmp/plan.DOCX')).toBe('/tmp/plan.DOCX')
  })
})

describe('names that look like something else or that Windows treats as a device', () => {
  it('drops bidi controls, zero-width characters and the byte-order mark', () => {
    // U+202E shows "Plan\u202Excod.exe" as "Planexe.docx": the user would open a program.
    expect(cleanFileName('Plan\u202Excod.exe', 'Udviklingsplan')).toBe('Planxcod.exe')
    expect(cleanFileName('\u2066Ø\u2069ster\u200Bby\u200F\uFEFF\u061C', 'Udviklingsplan')).toBe('Østerby')
    expect(defaultExportName({ council: '\u202EÅlum', title: '' }, new Date(2026, 0, 1), 'da')).toBe(
      'Udviklingsplan - Ålum - 2026-01-01.docx',
    )
  })

  it('drops what no file system or XML can hold: U+FFFE, U+FFFF, lone surrogates, C1 controls', () => {
    expect(cleanFileName('a\uFFFEb\uFFFFc\uD800d\uDC00e\u0085f', 'Udviklingsplan')).toBe('abcde f')
    expect(cleanFileName('emoji 😀 stays', 'Udviklingsplan')).toBe('emoji 😀 stays')
  })

  it('cuts a long name by characters, never through an emoji', () => {
    const cut = cleanFileName('a'.repeat(149) + '😀😀', 'Udviklingsplan')
    expect(cut).toBe('a'.repeat(149) + '😀')
    expect(cut).not.toMatch(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])/)
  })

  it('prefixes device names also with an extension, spaces before it, or the CONIN$/CONOUT$ devices', () => {
    expect(cleanFileName('NUL.txt', 'Udviklingsplan')).toBe('_NUL.txt')
    expect(cleanFileName('nul .txt', 'Udviklingsplan')).toBe('_nul .txt')
    expect(cleanFileName('CON . .docx', 'Udviklingsplan')).toBe('_CON . .docx')
    expect(cleanFileName('COM1', 'Udviklingsplan')).toBe('_COM1')
    expect(cleanFileName('LPT1', 'Udviklingsplan')).toBe('_LPT1')
    expect(cleanFileName('conin$', 'Udviklingsplan')).toBe('_conin$')
    expect(cleanFileName('CONOUT$.log', 'Udviklingsplan')).toBe('_CONOUT$.log')
    expect(cleanFileName('\u202ENUL', 'Udviklingsplan')).toBe('_NUL')
    expect(cleanFileName('Connie', 'Udviklingsplan')).toBe('Connie')
    expect(cleanFileName('NUL...  ', 'Udviklingsplan')).toBe('_NUL')
  })
})

describe('the suggested name of an exported catalogue follows the same rule', () => {
  it('has no bidi control and nothing XML cannot hold', () => {
    expect(catalogueFileName({ municipality: '\u202EVejen', title: 'Politik', version: '2' }, 'da')).toBe(
      'Vejen - Politik - v2.json',
    )
    expect(
      catalogueFileName({ municipality: 'Vejen\uFFFE', title: 'Politik\uD800', version: '2' }, 'da'),
    ).toBe('Vejen - Politik - v2.json')
  })
})
