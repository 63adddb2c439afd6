import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { exportPlanToDocx } from '../../../src/main/backend/export/index'
import { xmlSafeText } from '../../../src/shared/format/xmlSafeText'
import type { Catalogue } from '../../../src/shared/model/catalogue'
import type { DocJSON, PlanMeta } from '../../../src/shared/model/plan'
import { docxSchemaErrors } from './fixtures/ooxmlSchemas'
import { unzipText } from './fixtures/readDocx'
import { meta } from './fixtures/samplePlan'

/** Every code point XML 1.0 cannot hold: C0 controls but tab, LF and CR, U+FFFE, U+FFFF, and each
 * half of a surrogate pair standing alone. */
const ILLEGAL = [
  ...Array.from({ length: 0x20 }, (_, c) => c).filter((c) => c !== 0x09 && c !== 0x0a && c !== 0x0d),
  0xfffe,
  0xffff,
].map((c) => String.fromCharCode(c))
// Low halves before high ones, and a high one before a control: side by side they stay alone.
const LONE_SURROGATES = ['\udc00', '\udfff', '\ud800', '\udbff', '\ud83d']
const ALL_ILLEGAL = [...LONE_SURROGATES, ...ILLEGAL]

/** Text as a paste can bring it: letters, markup characters, whitespace, emoji, and the illegal. */
const unit = fc.oneof(
  { weight: 4, arbitrary: fc.string({ unit: 'grapheme', maxLength: 1 }) },
  { weight: 2, arbitrary: fc.constantFrom(...ALL_ILLEGAL) },
  {
    weight: 1,
    arbitrary: fc.constantFrom('<', '&', '"', "'", ']]>', '\t', '\n', '\r', 'æøå', '\u202e', ' '),
  },
)
const text = fc.string({ unit, maxLength: 24 })

type Fields = {
  title: string
  council: string
  villages: string[]
  municipality: string
  versionLabel: string
  areaTitles: string[]
  catalogue: string[]
  heading: string
  initiative: string[]
}

const fields: fc.Arbitrary<Fields> = fc.record({
  title: text,
  council: text,
  villages: fc.array(text, { maxLength: 3 }),
  municipality: text,
  versionLabel: text,
  areaTitles: fc.array(text, { minLength: 1, maxLength: 7 }),
  catalogue: fc.array(text, { minLength: 6, maxLength: 6 }),
  heading: text,
  initiative: fc.array(text, { minLength: 4, maxLength: 4 }),
})

function planOf(f: Fields): { meta: PlanMeta; doc: DocJSON } {
  const [municipality, title, adopted, version, goal, source] = f.catalogue
  const catalogue: Catalogue = {
    id: 'c',
    municipality,
    title,
    adopted,
    version,
    goal,
    source,
    focusAreas: f.areaTitles.map((t, i) => ({
      id: `a${i}`,
      number: i + 1,
      title: t,
      description: t,
      colour: '#5b7c99',
    })),
  }
  const [initiativeTitle, lead, group, funding] = f.initiative
  const doc: DocJSON = {
    type: 'doc',
    content: [
      { type: 'heading', attrs: { level: 1 }, content: f.heading ? [{ type: 'text', text: f.heading }] : [] },
      {
        type: 'initiative',
        attrs: {
          id: 'i1',
          title: initiativeTitle,
          lead,
          group,
          budget: 12_500_000,
          fundingSources: [funding],
          focusAreas: catalogue.focusAreas.map((a) => a.id),
        },
        content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Beskrivelse.' }] }],
      },
      { type: 'actionPlan' },
      { type: 'focusMatrix' },
    ],
  }
  return {
    meta: {
      ...meta,
      title: f.title,
      council: f.council,
      villages: f.villages,
      municipality: f.municipality,
      versionLabel: f.versionLabel,
      catalogue,
    },
    doc,
  }
}

const exportOf = (plan: ReturnType<typeof planOf>, reviewCopy: boolean) =>
  exportPlanToDocx({
    plan,
    readAsset: async () => new Uint8Array(),
    options: { reviewCopy, language: reviewCopy ? 'en' : 'da', date: new Date(2026, 2, 12) },
  })

const unescape = (s: string) =>
  s
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&')

describe('text with any character in any field the export writes', () => {
  it('every illegal code point in every field: every part is valid, the rest of the text is kept', async () => {
    const all = ALL_ILLEGAL.join('')
    const dirty = (s: string) => `${s.slice(0, 2)}${all}${s.slice(2)}`
    const plan = planOf({
      title: dirty('Plan for Ølby'),
      council: dirty('Ølby Lokalråd'),
      villages: [dirty('Ølby'), dirty('Åby')],
      municipality: dirty('Billund Kommune'),
      versionLabel: dirty('Udkast 3'),
      areaTitles: ['Bosætning', 'Natur', 'Erhverv', 'Kultur', 'Sundhed', 'Trafik', 'Skole'].map(dirty),
      catalogue: ['Billund', 'Politik', '2015', '1', 'Mål', 'Kilde'].map(dirty),
      heading: dirty('Forord'),
      initiative: ['Legeplads', 'Karen', 'Gruppen', 'Puljen'].map(dirty),
    })
    for (const reviewCopy of [false, true]) {
      const bytes = await exportOf(plan, reviewCopy)
      expect(docxSchemaErrors(bytes)).toEqual([])
      const parts = unzipText(bytes)
      const core = unescape(parts['docProps/core.xml'])
      expect(core).toContain(`<dc:title>Plan for Ølby</dc:title>`)
      expect(core).toContain('Ølby Lokalråd')
      const headers = Object.entries(parts)
        .filter(([n]) => /^word\/header\d+\.xml$/.test(n))
        .map(([, x]) => x)
        .join('')
      expect(headers).toContain('Plan for Ølby')
      const body = parts['word/document.xml']
      for (const s of ['Ølby Lokalråd', 'Udkast 3', 'Forord', 'Legeplads', 'Bosætning', 'Skole', 'Puljen']) {
        expect(body.replace(/<w:softHyphen\/>|<\/w:t><w:t xml:space="preserve">/g, ''), s).toContain(s)
      }
    }
  })

  it('random text in every meta field, focus-area title, heading and initiative: every part is valid', async () => {
    await fc.assert(
      fc.asyncProperty(fields, fc.boolean(), async (f, reviewCopy) => {
        const plan = planOf(f)
        const bytes = await exportOf(plan, reviewCopy)
        expect(docxSchemaErrors(bytes)).toEqual([])
        // The title reaches core.xml whole, but for what XML cannot hold.
        const core = unzipText(bytes)['docProps/core.xml']
        const title = unescape(/<dc:title>([^<]*)<\/dc:title>/.exec(core)?.[1] ?? '')
        expect(title.replace(/\r\n?/g, '\n').trim()).toBe(xmlSafeText(f.title).replace(/\r\n?/g, '\n').trim())
      }),
      { seed: 0x13, numRuns: 15 },
    )
  }, 120_000)
})
