import { Document, type ISectionOptions, LineNumberRestartFormat, Paragraph, TextRun } from 'docx'
import type { PlanMeta } from '../../../../shared/model/plan'
import type { Labels } from './labels'
import { cover } from './cover'
import { toc } from './toc'
import { pageFooter, planHeader } from './headerFooter'
import { NUMBERING, numbering, styles } from './styles'
import { xmlSafeStrings } from './xml'

/** Texts no plan contains, which mark where the body goes and the probes that precede it. */
export const MARK = {
  body: 'PLANVAERKSTED-BODY-2f6c1e',
  bullet: 'PLANVAERKSTED-PROBE-BULLET-2f6c1e',
  ordered: 'PLANVAERKSTED-PROBE-ORDERED-2f6c1e',
} as const

export type SkeletonInput = {
  meta: PlanMeta
  labels: Labels
  date: string
  reviewCopy: boolean
  keywords: string
  page: NonNullable<ISectionOptions['properties']>['page']
}

/**
 * Everything of the .docx except the body, built with docx: package parts, core properties,
 * styles, the two numbering definitions, cover, table of contents, header and footer, section
 * settings. The body section holds a marker paragraph where the body XML is put, preceded by one
 * list paragraph of each kind: docx then writes a numbering instance for each, which tells which
 * abstract numbering our bullet and ordered lists belong to.
 */
export function skeletonDocument(input: SkeletonInput): Document {
  // docx escapes markup but writes U+FFFE, controls and lone surrogates as they are, and Word then
  // calls the file corrupt: every text it is given (title, council, villages, version label,
  // focus-area titles in the keywords, labels) is cleaned here, once, before any of it is used.
  const { meta, labels, date, reviewCopy, keywords, page } = xmlSafeStrings(input)
  const headers = { default: planHeader(meta.title) }
  const footers = { default: pageFooter(labels) }
  const probe = (reference: string, text: string) =>
    new Paragraph({ numbering: { reference, level: 0, instance: 0 }, children: [new TextRun(text)] })
  const council = meta.council.trim()
  return new Document({
    title: meta.title,
    subject: council ? `${labels.subject} · ${council}` : labels.subject,
    creator: council || meta.title,
    lastModifiedBy: council || meta.title,
    keywords,
    description: [meta.municipality, meta.versionLabel].filter((s) => s.trim()).join(' · '),
    styles,
    numbering,
    features: { updateFields: true },
    sections: [
      { properties: { page }, children: cover(meta, labels, date, reviewCopy) },
      { properties: { page }, headers, footers, children: toc(labels) },
      {
        properties: {
          page,
          lineNumbers: reviewCopy
            ? { countBy: 1, restart: LineNumberRestartFormat.NEW_PAGE, distance: 284 }
            : undefined,
        },
        headers,
        footers,
        children: [
          probe(NUMBERING.bullet, MARK.bullet),
          probe(NUMBERING.ordered, MARK.ordered),
          new Paragraph({ children: [new TextRun(MARK.body)] }),
        ],
      },
    ],
  })
}
