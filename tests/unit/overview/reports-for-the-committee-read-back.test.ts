import { readFile } from 'node:fs/promises'
import { afterEach, describe, expect, it } from 'vitest'
import mammoth from 'mammoth'
import { readSheet } from 'read-excel-file/node'
import { strFromU8, unzipSync } from 'fflate'
import { assertValidDocx } from '../export/fixtures/ooxmlSchemas'
import { overviewRig, packageOf, planWith, CATALOGUE } from './support'

let rig: Awaited<ReturnType<typeof overviewRig>> | null = null
afterEach(async () => {
  await rig?.env.cleanup()
  rig = null
})

async function twoPlans() {
  rig = await overviewRig()
  await rig.env.backend.catalogues.save(CATALOGUE)
  await rig.choose([
    {
      name: 'ølby.planvaerksted',
      bytes: packageOf(
        planWith(
          '00000000-0000-4000-8000-00000000000a',
          { title: 'Plan for Ølby', council: 'Ølby Lokalråd', villages: ['Ølby'] },
          [
            {
              id: 'a',
              title: 'Legeplads',
              budget: 125000,
              own: 25000,
              focusAreas: ['bosaetning'],
              funding: ['Vejen Kommune'],
            },
          ],
        ),
      ),
    },
    {
      name: 'åby.planvaerksted',
      bytes: packageOf(
        planWith(
          '00000000-0000-4000-8000-00000000000b',
          { title: 'Plan for Åby', council: 'Åby Borgerforening', villages: ['Åby'] },
          [{ id: 'b', title: 'Naturstien', budget: 40000.5, focusAreas: ['natur', 'bosaetning'] }],
        ),
      ),
    },
  ])
  await rig.call('overview.add')
  return rig
}

describe('the committee reports', () => {
  it('the Word report is valid against the schemas and holds summary, matrix and each focus area’s initiatives', async () => {
    const r = await twoPlans()
    const out = await r.call('overview.exportDocx', { catalogueId: CATALOGUE.id })
    if (out.status !== 'saved') throw new Error('cancelled')
    const bytes = new Uint8Array(await readFile(out.path))
    if (process.env.OVERVIEW_KEEP)
      await (await import('node:fs/promises')).copyFile(out.path, process.env.OVERVIEW_KEEP)
    assertValidDocx(bytes, 'the overview report')
    const text = (await mammoth.extractRawText({ buffer: Buffer.from(bytes) })).value
    expect(text).toContain('Sammendrag')
    expect(text).toContain('Initiativer pr. indsatsområde og landsby')
    expect(text).toContain('165.000,50 kr.') // the total budget
    expect(text).toContain('100.000 kr.') // asked of the municipality: 125.000 − 25.000
    // Per focus area: Bosætning lists both initiatives, with village and amount.
    const bosaetning = text.slice(text.lastIndexOf('Bosætning'), text.lastIndexOf('Erhverv'))
    for (const s of ['Legeplads', 'Ølby', '125.000 kr.', 'Naturstien', 'Åby', '40.000,50 kr.'])
      expect(bosaetning).toContain(s)
    expect(text).toContain('Erhverv') // a gap, named in the summary
    const doc = strFromU8(unzipSync(bytes)['word/document.xml'])
    expect(doc).toContain('<w:tblHeader/>')
  })

  it('the spreadsheet has every initiative with its amounts as numbers in a kroner format', async () => {
    const r = await twoPlans()
    const out = await r.call('overview.exportXlsx', { catalogueId: CATALOGUE.id })
    if (out.status !== 'saved') throw new Error('cancelled')
    const rows = await readSheet(out.path)
    expect(rows[0]).toEqual([
      'Plan',
      'Lokalråd',
      'Landsbyer',
      'Initiativ',
      'Afsnit',
      'Status',
      'Start',
      'Slut',
      'Budget',
      'Egenfinansiering',
      'Ønskes af kommunen',
      'Finansiering',
      'Indsatsområder',
    ])
    expect(rows).toHaveLength(3)
    expect(rows[1].slice(0, 4)).toEqual(['Plan for Ølby', 'Ølby Lokalråd', 'Ølby', 'Legeplads'])
    expect(rows[1].slice(8, 11)).toEqual([125000, 25000, 100000])
    expect(rows[2][8]).toBe(40000.5)
    expect(rows[2][12]).toBe('Natur, Bosætning')
    const files = unzipSync(new Uint8Array(await readFile(out.path)))
    expect(strFromU8(files['xl/styles.xml'])).toContain('formatCode="#,##0 &quot;kr.&quot;"')
  })
})
