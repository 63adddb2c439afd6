import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { unzipSync } from 'fflate'
import { describe, expect, it } from 'vitest'
import { exportPlanToDocx } from '../../../src/main/backend/export'
import { checkDocument } from '../../../src/shared/document/validate'
import { YearWheel } from '../../../src/shared/model/yearWheel'
import type { DocJSON } from '../../../src/shared/model/plan'
import { assertValidDocx } from '../export/fixtures/ooxmlSchemas'
import { toHtml, unzipText } from '../export/fixtures/readDocx'
import { meta } from '../export/fixtures/samplePlan'

const billund = YearWheel.parse(
  JSON.parse(
    readFileSync(join(__dirname, '../../../resources/year-wheels/billund-landdistrikter.json'), 'utf8'),
  ),
)
const initiative = {
  type: 'initiative',
  attrs: { id: 'sti', title: 'Natursti rundt om søen', status: 'active', start: '2027-04', end: '2027-09' },
  content: [{ type: 'paragraph', content: [{ type: 'text', text: 'En sti.' }] }],
}
const doc = (block: Record<string, unknown>): DocJSON => ({
  type: 'doc',
  content: [
    { type: 'heading', attrs: { level: 1 }, content: [{ type: 'text', text: 'Året' }] },
    initiative,
    block,
  ],
})

async function exported(block: Record<string, unknown>, language: 'da' | 'en' = 'da') {
  const bytes = await exportPlanToDocx({
    plan: { meta: { ...meta, catalogue: null }, doc: doc(block) },
    readAsset: () => Promise.reject(new Error('no assets')),
    options: { reviewCopy: false, language, date: new Date(2027, 2, 12) },
    yearWheels: [billund],
  })
  assertValidDocx(bytes, 'the export with an årshjul')
  return bytes
}

describe('an årshjul block', () => {
  it('is a valid node with its wheel and year, and a forged year is refused', () => {
    expect(checkDocument(doc({ type: 'yearWheel', attrs: { wheelId: billund.id, year: 2027 } })).ok).toBe(
      true,
    )
    expect(checkDocument(doc({ type: 'yearWheel', attrs: { wheelId: billund.id, year: 99999 } })).ok).toBe(
      false,
    )
    expect(checkDocument(doc({ type: 'yearWheel', attrs: { wheelId: '../x', year: null } })).ok).toBe(false)
  })

  it('goes into Word as a PNG with the SVG beside it, a Danish description and the list as a table', async () => {
    const bytes = await exported({ type: 'yearWheel', attrs: { wheelId: billund.id, year: 2027 } })
    const files = unzipSync(bytes)
    const xml = unzipText(bytes)
    const body = xml['word/document.xml']
    const rels = xml['word/_rels/document.xml.rels']
    const blip =
      /<a:blip r:embed="(rIdWheel\d+)"><a:extLst><a:ext uri="\{96DAC541-7B7A-43D3-8B79-37D633B846F1\}"><asvg:svgBlip [^>]*r:embed="(rIdWheel\d+)"/.exec(
        body,
      )
    expect(blip).not.toBeNull()
    const target = (id: string) => new RegExp(`Id="${id}"[^>]*Target="([^"]+)"`).exec(rels)?.[1] ?? ''
    const png = files[`word/${target(blip![1])}`]
    const svg = Buffer.from(files[`word/${target(blip![2])}`]).toString('utf8')
    expect(Buffer.from(png.subarray(1, 4)).toString('ascii')).toBe('PNG')
    expect(svg).toContain('<svg xmlns="http://www.w3.org/2000/svg"')
    expect(svg).toContain('xml:lang="da"')
    const descr = /<wp:docPr [^>]*descr="([^"]*)"/.exec(body)?.[1] ?? ''
    expect(descr).toMatch(/^Årshjulet for 2027 fra Billund Kommune med \d+ punkter, måned for måned:/)
    expect(descr).toContain('april: Natursti rundt om søen')
    for (const e of billund.events) expect(descr).toContain(e.name.slice(0, 20))
    const html = (await toHtml(bytes)).value
    expect(html).toContain('<th><p>Hvornår</p></th>')
    expect(html).toContain('Natursti rundt om søen')
    expect(html).toContain('april–september')
  })

  it('says so in Word when its wheel is not in the library, and writes no picture', async () => {
    const body = unzipText(await exported({ type: 'yearWheel', attrs: { wheelId: 'gone', year: 2027 } }))[
      'word/document.xml'
    ]
    expect(body).toContain('Årshjulet »gone« findes ikke i programmet')
    expect(body).not.toContain('svgBlip')
  })

  it('speaks English around the Danish events when exported in English', async () => {
    const bytes = await exported({ type: 'yearWheel', attrs: { wheelId: billund.id, year: null } }, 'en')
    const body = unzipText(bytes)['word/document.xml']
    expect(body).toMatch(/descr="The year wheel for 2027 from Billund Kommune/)
    expect((await toHtml(bytes)).value).toContain('<th><p>When</p></th>')
  })
})
