import { Document, Packer, type ISectionOptions, LineNumberRestartFormat } from 'docx'
import type { Plan } from '../../../shared/model/plan'
import type { Lang } from '../../../shared/derive/format'
import { focusOverview } from '../../../shared/derive/focusOverview'
import { asNode, childrenOf } from '../../../shared/derive/docWalk'
import { LABELS, longDate } from './docx/labels'
import { newWalkState, type ExportContext } from './docx/context'
import { loadImages, type ReadAsset } from './docx/loadImages'
import { blocks } from './docx/blocks'
import { BODY } from './docx/paragraph'
import { cover } from './docx/cover'
import { toc } from './docx/toc'
import { appendix } from './docx/appendix'
import { pageFooter, planHeader } from './docx/headerFooter'
import { numbering, styles } from './docx/styles'

export type ExportOptions = {
  /** "Kopi til gennemsyn": line numbers and a wide right margin for the consultant's comments. */
  reviewCopy: boolean
  /** Language of the words the export adds (labels, headers); the plan's own text is as written. */
  language?: Lang
  /** The date printed on the cover; today when left out. */
  date?: Date
}

export type ExportInput = { plan: Pick<Plan, 'meta' | 'doc'>; readAsset: ReadAsset; options: ExportOptions }

// A4 in twips (1/20 pt); 2.5 cm margins, 6 cm on the right of a review copy.
const PAGE = { width: 11906, height: 16838 }
const MARGIN = 1418
const REVIEW_RIGHT = 3402
const TWIPS_PER_PX = 15

/**
 * The plan as a .docx, ready to hand to the municipality. Callable without the app: give it the
 * plan (meta with its catalogue copy, and the document) and a way to read its images.
 */
export async function exportPlanToDocx({ plan, readAsset, options }: ExportInput): Promise<Uint8Array> {
  const lang = options.language ?? 'da'
  const labels = LABELS[lang]
  const { meta, doc } = plan
  const right = options.reviewCopy ? REVIEW_RIGHT : MARGIN
  const textWidthTwips = PAGE.width - MARGIN - right
  const ctx: ExportContext = {
    doc,
    lang,
    labels,
    catalogue: meta.catalogue,
    images: await loadImages(doc, readAsset),
    textWidthTwips,
    textWidthPx: Math.floor(textWidthTwips / TWIPS_PER_PX),
    state: newWalkState(),
  }

  const root = asNode(doc)
  const body = blocks(root ? childrenOf(root) : [], ctx, BODY)
  if (meta.catalogue) body.push(...appendix(meta.catalogue, ctx))

  const page = {
    size: PAGE,
    margin: { top: MARGIN, bottom: MARGIN, left: MARGIN, right, header: 708, footer: 708 },
  }
  const headers = { default: planHeader(meta.title) }
  const footers = { default: pageFooter(labels) }
  const date = longDate(options.date ?? new Date(), lang)
  const sections: ISectionOptions[] = [
    { properties: { page }, children: cover(meta, labels, date, options.reviewCopy) },
    { properties: { page }, headers, footers, children: toc(labels) },
    {
      properties: {
        page,
        lineNumbers: options.reviewCopy
          ? { countBy: 1, restart: LineNumberRestartFormat.NEW_PAGE, distance: 284 }
          : undefined,
      },
      headers,
      footers,
      children: body,
    },
  ]

  const usedAreas = focusOverview(doc, meta.catalogue)
    .areas.filter((a) => a.initiatives.length || a.headings.length)
    .map((a) => a.area.title)
  const council = meta.council.trim()
  const document = new Document({
    title: meta.title,
    subject: council ? `${labels.subject} · ${council}` : labels.subject,
    creator: council || meta.title,
    lastModifiedBy: council || meta.title,
    keywords: usedAreas.join(', '),
    description: [meta.municipality, meta.versionLabel].filter((s) => s.trim()).join(' · '),
    styles,
    numbering,
    features: { updateFields: true },
    sections,
  })
  return new Uint8Array(await Packer.toBuffer(document))
}
