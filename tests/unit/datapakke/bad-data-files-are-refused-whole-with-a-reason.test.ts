import { describe, expect, it } from 'vitest'
import { readDataFile } from '../../../src/main/backend/datapakke/readDataFile'
import { writeZip } from '../../../src/main/backend/zip/writeZip'
import { fixture, reasonOf } from './support'
import da from '../../../src/shared/i18n/locales/da/errors.json'
import en from '../../../src/shared/i18n/locales/en/errors.json'

const bytes = (text: string) => new TextEncoder().encode(text)

describe('bad data files', () => {
  const cases: [string, string, Uint8Array][] = [
    ['an empty file', 'tom.csv', new Uint8Array()],
    ['a file of only line breaks', 'blank.csv', bytes('\r\n\r\n')],
    ['an .xlsx renamed .csv', 'ark.csv', fixture('befolkning.xlsx')],
    ['a PDF renamed .csv', 'rapport.csv', bytes('%PDF-1.7\n\u0000\u0001\u0002binary')],
    ['a CSV renamed .xlsx', 'tal.xlsx', fixture('enalyzer.csv')],
    [
      'a zip without xl/workbook.xml renamed .xlsx',
      'x.xlsx',
      writeZip([{ path: 'a.txt', data: bytes('hej') }]),
    ],
    ['a header only', 'kun.csv', bytes('År;Antal\n')],
    ['a table without numbers, few rows', 'tekst.csv', bytes('Navn;By\nAnne;Ørslev\n')],
    ['a zip without data files', 'pakke.zip', writeZip([{ path: 'læsmig.pdf', data: bytes('%PDF') }])],
    ['a .docx', 'plan.docx', bytes('PK')],
    ['a malformed PX', 'x.px', bytes('TITLE="x";\nSTUB="a";\nVALUES("a")="1";\nDATA=\n1 2\n;')],
  ]
  it.each(cases)('%s is refused with a reason worded in Danish and English', async (_what, name, data) => {
    const reason = await reasonOf(readDataFile(name, data))
    expect(reason).not.toBe('no error')
    expect((da.reasons as Record<string, string>)[reason], reason).toBeTruthy()
    expect((en.reasons as Record<string, string>)[reason], reason).toBeTruthy()
  })

  it('keeps text that starts like a formula as that text', async () => {
    const read = await readDataFile(
      'f.csv',
      bytes("Område;Antal\n=cmd|' /C calc'!A0;12\n@SUM(A1);3\n+45;-7\n"),
    )
    if (read.status !== 'read') throw new Error(read.status)
    expect(read.tables[0].table.rows).toEqual([
      { label: "=cmd|' /C calc'!A0", values: [12] },
      { label: '@SUM(A1)', values: [3] },
      { label: '+45', values: [-7] },
    ])
  })
})
