import { createHash } from 'node:crypto'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate'
import { exportPlanToDocx } from '../../../src/main/backend/export'
import { readDocx } from '../../../src/main/backend/import/readDocx'
import { checkDocument } from '../../../src/shared/document/validate'
import type { DocJSON, PlanMeta } from '../../../src/shared/model/plan'
import { docxSchemaErrors } from '../export/fixtures/ooxmlSchemas'
import { makePng } from '../export/fixtures/png'
import { meta } from '../export/fixtures/samplePlan'
import { wordImportRig } from './support/wordImportRig'
import { withoutPlanPart } from './support/withoutPlanPart'

type N = { type: string; attrs?: Record<string, unknown>; content?: N[]; text?: string; marks?: unknown[] }

const PNG = makePng(120, 80)
const PNG_ASSET = `${createHash('sha256').update(PNG).digest('hex')}.png`

const t = (text: string, marks?: string[]) =>
  marks ? { type: 'text', text, marks: marks.map((type) => ({ type })) } : { type: 'text', text }
const p = (...content: unknown[]) => ({ type: 'paragraph', content })
const h = (level: number, text: string) => ({ type: 'heading', attrs: { level }, content: [t(text)] })
const li = (...content: unknown[]) => ({ type: 'listItem', content })
const ul = (...items: unknown[]) => ({ type: 'bulletList', content: items })
const ol = (...items: unknown[]) => ({ type: 'orderedList', attrs: { start: 1 }, content: items })
const cell = (...content: unknown[]) => ({ type: 'tableCell', content })
const head = (text: string) => ({ type: 'tableHeader', content: [p(t(text))] })

/** What reading the pages back loses (or did before the plan part): every case in one plan. */
const hardDoc: DocJSON = {
  type: 'doc',
  content: [
    h(1, 'Forord'),
    p(t('Skolen er 1.200 m'), t('2', ['superscript']), t(' og sparer 10 t CO'), t('2', ['subscript'])),
    {
      type: 'table',
      content: [
        { type: 'tableRow', content: [head('Hvad'), head('Punkter')] },
        {
          type: 'tableRow',
          content: [cell(p(t('Stier'))), cell(ul(li(p(t('Skolesti'))), li(p(t('Åsti')))))],
        },
      ],
    },
    { type: 'blockquote', content: [p(t('Borgermødet sagde:')), ol(li(p(t('Flere busser'))))] },
    ol(li(p(t('Søg midler')), p(t('Både hos LAG og fonde.'))), li(p(t('Byg')))),
    {
      type: 'image',
      attrs: {
        src: `asset:${PNG_ASSET}`,
        alt: 'Kort',
        title: null,
        size: 'medium',
        align: 'left',
        caption: 'Stierne',
      },
    },
    h(2, 'Initiativer'),
    {
      type: 'initiative',
      attrs: {
        id: 'i1',
        title: 'Ny sti',
        status: 'planned',
        budget: 12_500_000,
        focusAreas: ['natur', 'bosaetning'],
      },
      content: [p(t('En trampesti på 4 km, ikke \uFFFE mere.'))],
    },
    { type: 'actionPlan' },
    { type: 'focusMatrix' },
  ],
}

const normalised = (d: unknown) => {
  const check = checkDocument(d)
  if (!check.ok) throw new Error(check.reason)
  return check.node.toJSON()
}

async function exported(doc: DocJSON = hardDoc, planMeta: PlanMeta = meta): Promise<Uint8Array> {
  return exportPlanToDocx({
    plan: { meta: planMeta, doc },
    readAsset: async (name) => {
      if (name === PNG_ASSET) return PNG
      throw Object.assign(new Error('no such asset'), { code: 'ENOENT' })
    },
    options: { reviewCopy: false, date: new Date(2026, 2, 12) },
  })
}

/** The same .docx with some of its parts replaced or removed (undefined removes). */
function edited(bytes: Uint8Array, change: Record<string, (xml: string) => string | undefined>): Uint8Array {
  const files = unzipSync(bytes)
  for (const [path, fn] of Object.entries(change)) {
    const next = fn(strFromU8(files[path]))
    if (next === undefined) delete files[path]
    else files[path] = strToU8(next)
  }
  return zipSync(files)
}

const kinds = (r: { items: { kind: string }[] }) => r.items.map((i) => i.kind)

describe('a Planværksted export carries the plan itself', () => {
  it('as a custom XML part that passes the schemas, with its relationship and content type', async () => {
    const bytes = await exported()
    expect(docxSchemaErrors(bytes)).toEqual([])
    const files = unzipSync(bytes)
    expect(strFromU8(files['customXml/item1.xml'])).toMatch(
      /^<\?xml[^>]*\?><plan xmlns="urn:planvaerksted:plan"/,
    )
    expect(strFromU8(files['word/_rels/document.xml.rels'])).toContain('Target="../customXml/item1.xml"')
    expect(strFromU8(files['[Content_Types].xml'])).toContain('PartName="/customXml/itemProps1.xml"')
    // U+FFFE in the plan is a JSON escape in the part: well-formed XML, and the plan unchanged.
    expect(strFromU8(files['customXml/item1.xml'])).toContain('\\ufffe')
  })

  it('and importing it gives that plan back whole: lists in cells and quotes, captions, marks, ids', async () => {
    const back = await readDocx(await exported())
    expect(back.doc).toEqual(normalised(hardDoc))
    expect(back.report.items).toEqual([])
    expect(back.details).toMatchObject({
      kind: meta.kind,
      templateId: meta.templateId,
      catalogue: meta.catalogue,
    })
    expect(back.cover).toMatchObject({ title: meta.title, council: meta.council, villages: meta.villages })
    expect(back.images.map((i) => i.name)).toEqual([PNG_ASSET])
  })

  it('still whole after Word saves it again: runs split, revision ids, bookmarks, page numbers filled in', async () => {
    const bytes = edited(await exported(), {
      'word/document.xml': (xml) =>
        xml
          .replace(
            /<w:r><w:t xml:space="preserve">Forord<\/w:t><\/w:r>/g,
            '<w:r w:rsidR="00A1"><w:t>For</w:t></w:r><w:proofErr w:type="spellStart"/><w:r><w:t>ord</w:t></w:r>',
          )
          // Word's page numbers in the contents, whether the export left them empty or guessed them.
          .replace(
            /<w:fldChar w:fldCharType="separate"\/>(?:<\/w:r><w:r><w:t>\d+<\/w:t><\/w:r><w:r>)?<w:fldChar w:fldCharType="end"\/>/g,
            '<w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>77</w:t></w:r><w:r><w:fldChar w:fldCharType="end"/>',
          ),
    })
    const xml = strFromU8(unzipSync(bytes)['word/document.xml'])
    expect(xml).toContain('<w:t>For</w:t></w:r><w:proofErr')
    expect(xml).toContain('<w:t>77</w:t>')
    const back = await readDocx(bytes)
    expect(back.report.items).toEqual([])
    expect(back.doc).toEqual(normalised(hardDoc))
  })

  it('is not used once the text was changed in Word: the visible text is read and the report says why', async () => {
    const bytes = edited(await exported(), {
      'word/document.xml': (xml) => xml.replace('En trampesti på 4 km', 'En trampesti på 6 km'),
    })
    const back = await readDocx(bytes)
    expect(kinds(back.report)).toContain('embeddedPlanChanged')
    expect(JSON.stringify(back.doc)).toContain('En trampesti på 6 km')
    expect(back.details).toBeUndefined()
  })

  it('says so when the part is missing, and reads the pages as well as they can be read', async () => {
    const back = await readDocx(withoutPlanPart(await exported()))
    // Only what was lost: the plan part, and the focus areas the pages cannot link (no style names).
    expect(kinds(back.report)).toEqual(['embeddedPlanMissing', 'focusAreas'])
    const b = (back.doc as N).content!
    // The fallback keeps what the pages show: a list in a table cell, a list in a quote, an
    // item's second paragraph in its item (the list not split), the caption on its picture.
    const table = b.find((n) => n.type === 'table')!
    expect(table.content![1].content![1].content!.map((n) => n.type)).toEqual(['bulletList'])
    const quote = b.find((n) => n.type === 'blockquote')!
    expect(quote.content!.map((n) => n.type)).toEqual(['paragraph', 'orderedList'])
    const lists = b.filter((n) => n.type === 'orderedList')
    expect(lists).toHaveLength(1)
    expect(lists[0].content!.map((item) => item.content!.length)).toEqual([2, 1])
    expect(b.find((n) => n.type === 'image')?.attrs?.caption).toBe('Stierne')
    const para = b.find((n) => JSON.stringify(n).includes('Skolen er'))!
    expect(para.content!.map((n) => (n.marks as { type: string }[] | undefined)?.[0]?.type ?? null)).toEqual([
      null,
      'superscript',
      null,
      'subscript',
    ])
  })

  it('is refused as damaged, and the pages read instead, when it cannot be read or would not pass', async () => {
    const cut = edited(await exported(), {
      'customXml/item1.xml': (xml) => xml.replace(/\}<\/plan>$/, '</plan>'),
    })
    const back = await readDocx(cut)
    expect(kinds(back.report)).toContain('embeddedPlanDamaged')
    expect(back.details).toBeUndefined()

    // A part made by hand to smuggle in what no way into a plan accepts: a javascript: link.
    const hostile = edited(await exported(), {
      'customXml/item1.xml': (xml) =>
        xml.replace(
          '"text":"Forord"',
          '"text":"Forord","marks":[{"type":"link","attrs":{"href":"javascript:alert(1)"}}]',
        ),
    })
    const read = await readDocx(hostile)
    expect(kinds(read.report)).toContain('embeddedPlanDamaged')
    expect(JSON.stringify(read.doc)).not.toContain('javascript:')
  })
})

describe('importing a Planværksted export through the app', () => {
  let rig: Awaited<ReturnType<typeof wordImportRig>>
  beforeAll(async () => {
    rig = await wordImportRig()
  })
  afterAll(async () => rig.cleanup())

  it('keeps the catalogue and every initiative’s focus areas (the pages alone lose them)', async () => {
    const answer = await rig.importDocx(await exported())
    expect(answer.ok).toBe(true)
    const { plan } = (answer as { value: { plan: { id: string } } }).value
    const stored = await rig.backend.plans.get(plan.id)
    expect(stored.meta.catalogue).toEqual(meta.catalogue)
    const initiative = (stored.doc.content as N[]).find((n) => n.type === 'initiative')!
    expect(initiative.attrs).toMatchObject({
      id: 'i1',
      focusAreas: ['natur', 'bosaetning'],
      budget: 12_500_000,
    })
  })
})
