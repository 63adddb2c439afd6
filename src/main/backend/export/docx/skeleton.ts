import { Document, type ISectionOptions, LineNumberRestartFormat, Paragraph, TextRun } from 'docx'
import type { PlanMeta } from '../../../../shared/model/plan'
import type { Labels } from './labels'
import { cover } from './cover'
import { toc } from './toc'
import { pageFooter, planHeader } from './headerFooter'
import { styles } from './styles'
import { xmlSafeStrings } from './xml'
import { chartParagraphs } from './chartSlots'
import type { ChartEntry } from './context'

/** A text no plan contains, which marks where the body goes. */
export const BODY_MARK = 'PLANVAERKSTED-BODY-2f6c1e'

export type SkeletonInput = {
  meta: PlanMeta
  labels: Labels
  date: string
  reviewCopy: boolean
  keywords: string
  page: NonNullable<ISectionOptions['properties']>['page']
  /** The plan's Nøgletal charts, written by docx after the body marker (chartSlots.ts). */
  charts?: ChartEntry[]
}

/**
 * Everything of the .docx except the body and its numbering part (listNumbering.ts), built with
 * docx: package parts, core properties, styles, cover, table of contents, header and footer,
 * section settings. The body section holds one marker paragraph where the body XML is put.
 */
export function skeletonDocument(input: SkeletonInput): Document {
  // docx escapes markup but writes U+FFFE, controls and lone surrogates as they are, and Word then
  // calls the file corrupt: every text it is given (title, council, villages, version label,
  // focus-area titles in the keywords, labels) is cleaned here, once, before any of it is used.
  const { meta, labels, date, reviewCopy, keywords, page } = xmlSafeStrings(input)
  const charts = xmlSafeStrings((input.charts ?? []).map((c) => c.options))
  const headers = { default: planHeader(meta.title) }
  const footers = { default: pageFooter(labels) }
  const council = meta.council.trim()
  return new Document({
    title: meta.title,
    subject: council ? `${labels.subject} · ${council}` : labels.subject,
    creator: council || meta.title,
    lastModifiedBy: council || meta.title,
    keywords,
    description: [meta.municipality, meta.versionLabel].filter((s) => s.trim()).join(' · '),
    styles,
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
        children: [new Paragraph({ children: [new TextRun(BODY_MARK)] }), ...chartParagraphs(charts)],
      },
    ],
  })
}
