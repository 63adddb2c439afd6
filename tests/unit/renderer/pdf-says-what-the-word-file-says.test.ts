import { describe, expect, it } from 'vitest'
import { LABELS } from '../../../src/main/backend/export/docx/labels'
import { normaliseInitiativeAttrs } from '../../../src/shared/derive/initiatives'
import {
  contentsTitle,
  initiativeRows,
  keyValueHeader,
  pdfAppendix,
  pdfCover,
  untitledInitiative,
} from '../../../src/renderer/src/features/editor/pdf/pdfWords'
import { exportSample, unzipText } from '../export/fixtures/readDocx'
import { catalogue, doc, meta } from '../export/fixtures/samplePlan'

const NBSP = /\u00a0/g
const decode = (s: string) => s.replace(/&amp;/g, '&').replace(/&lt;/g, '<').replace(/&gt;/g, '>')

/** The text of each cell of the Word file's table that follows the heading with this text. */
function wordTableAfter(xml: string, heading: string): string[][] {
  const at = xml.indexOf(`<w:t xml:space="preserve">${heading}</w:t>`)
  const table = xml.slice(xml.indexOf('<w:tbl>', at), xml.indexOf('</w:tbl>', at))
  return [...table.matchAll(/<w:tr[ >].*?<\/w:tr>/gs)].map(([row]) =>
    [...row.matchAll(/<w:tc>.*?<\/w:tc>/gs)].map(([cell]) =>
      decode([...cell.matchAll(/<w:t[^>]*>([^<]*)<\/w:t>/g)].map((m) => m[1]).join(''))
        .replace(NBSP, ' ')
        .replace(/\u00ad/g, ''),
    ),
  )
}

describe('the PDF writes the Word file’s own words', () => {
  it.each(['da', 'en'] as const)('%s: cover, contents, untitled initiative and appendix labels', (lang) => {
    const l = LABELS[lang]
    const cover = pdfCover({ ...meta, versionLabel: 'Høring' }, lang, new Date(2026, 2, 12))
    expect(cover.lines.map(([label]) => label)).toEqual([
      l.cover.villages,
      l.cover.municipality,
      l.cover.version,
      l.cover.date,
    ])
    expect(cover.subtitle).toBe(meta.council)
    expect(pdfCover({ ...meta, council: ' ' }, lang, new Date()).subtitle).toBe(l.subject)
    expect(contentsTitle(lang)).toBe(l.toc)
    expect(untitledInitiative(lang)).toBe(l.untitledInitiative)
    expect(keyValueHeader(lang)).toEqual([l.keyValue.field, l.keyValue.value])
    const a = pdfAppendix(catalogue, lang)
    expect([a.heading, a.intro, a.areasIntro]).toEqual([
      l.appendix.heading,
      l.appendix.intro,
      l.appendix.areasIntro,
    ])
    expect(a.header).toEqual([l.appendix.number, l.appendix.focusArea, l.appendix.description])
    expect(a.source.map(([label]) => label)).toEqual([
      l.appendix.municipality,
      l.appendix.title,
      l.appendix.adopted,
      l.appendix.version,
      l.appendix.goal,
      l.appendix.source,
    ])
  })

  it.each(['da', 'en'] as const)(
    '%s: each initiative’s field table, header and values, as the Word file has it',
    async (lang) => {
      const xml = unzipText(await exportSample({ language: lang }))['word/document.xml']
      const initiatives = (doc.content ?? []).filter((n) => (n as { type?: string }).type === 'initiative')
      expect(initiatives.length).toBeGreaterThan(0)
      for (const node of initiatives) {
        const attrs = normaliseInitiativeAttrs((node as { attrs: Record<string, unknown> }).attrs)
        const word = wordTableAfter(xml, attrs.title || LABELS[lang].untitledInitiative)
        expect([keyValueHeader(lang), ...initiativeRows(attrs, lang, catalogue)]).toEqual(word)
      }
    },
  )
})
