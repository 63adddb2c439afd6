import type { Plan } from '../../../shared/model/plan'
import type { ExportNotice } from '../../../shared/model/exportNotice'
import type { Lang } from '../../../shared/derive/format'
import type { YearWheel } from '../../../shared/model/yearWheel'
import { focusOverview } from '../../../shared/derive/focusOverview'
import { asNode, childrenOf } from '../../../shared/derive/docWalk'
import { LABELS, longDate } from './docx/labels'
import { newBodyRefs, newWalkState, type ExportContext } from './docx/context'
import { loadImages, type ReadAsset } from './docx/loadImages'
import { blocks } from './docx/blocks'
import { BODY } from './docx/paragraph'
import { appendix } from './docx/appendix'
import { meetingAppendix } from './docx/meetingAppendix'
import type { MeetingRecord } from '../../../shared/model/meeting'
import { skeletonDocument } from './docx/skeleton'
import { finishPackage, readSkeleton } from './docx/assemble'
import { FIRST_NUM_ID } from './docx/listNumbering'
import { numberContents } from './docx/pageEstimate'
import { planPartFiles } from './docx/planPart'

/** A day on the wall clock as "YYYY-MM-DD". */
const isoDay = (d: Date) =>
  `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`

export type ExportOptions = {
  /** "Kopi til gennemsyn": line numbers and a wide right margin for the consultant's comments. */
  reviewCopy: boolean
  /** Language of the words the export adds (labels, headers); the plan's own text is as written. */
  language?: Lang
  /** The date printed on the cover; today when left out. */
  date?: Date
  /** The citizens' meeting's record, appended as "Referat af borgermøde" when given. */
  meeting?: MeetingRecord | null
}

export type ExportInput = {
  plan: Pick<Plan, 'meta' | 'doc'>
  readAsset: ReadAsset
  options: ExportOptions
  /** Receives what the export could not write as the plan has it, for the UI to say after saving. */
  notices?: ExportNotice[]
  /** The library's year wheels, for the plan's årshjul blocks (a block whose wheel is not here says so). */
  yearWheels?: readonly YearWheel[]
}

// A4 in twips (1/20 pt); 2.5 cm margins, 6 cm on the right of a review copy.
const PAGE = { width: 11906, height: 16838 }
const MARGIN = 1418
const REVIEW_RIGHT = 3402
const TWIPS_PER_PX = 15

/**
 * The plan as a .docx, ready to hand to the municipality. Callable without the app: give it the
 * plan (meta with its catalogue copy, and the document) and a way to read its images.
 *
 * docx builds everything around the body (package, styles, numbering, cover, contents, header,
 * footer); the body itself, which is nearly all of a long plan, is written as XML by the walker
 * and put into docx's package in place of a marker. See docx/xml.ts for why.
 */
export async function exportPlanToDocx({
  plan,
  readAsset,
  options,
  notices = [],
  yearWheels = [],
}: ExportInput): Promise<Uint8Array> {
  const lang = options.language ?? 'da'
  const labels = LABELS[lang]
  const { meta, doc } = plan
  const right = options.reviewCopy ? REVIEW_RIGHT : MARGIN
  const textWidthTwips = PAGE.width - MARGIN - right
  const usedAreas = focusOverview(doc, meta.catalogue)
    .areas.filter((a) => a.initiatives.length || a.headings.length)
    .map((a) => a.area.title)
  const images = await loadImages(doc, readAsset)
  const ctx: ExportContext = {
    doc,
    lang,
    labels,
    catalogue: meta.catalogue,
    images,
    textWidthTwips,
    textWidthPx: Math.floor(textWidthTwips / TWIPS_PER_PX),
    state: newWalkState(),
    refs: newBodyRefs(FIRST_NUM_ID),
    notices,
    yearWheels: new Map(yearWheels.map((w) => [w.id, w])),
    today: isoDay(options.date ?? new Date()),
  }
  const root = asNode(doc)
  const body = blocks(root ? childrenOf(root) : [], ctx, BODY)
  if (meta.catalogue) for (const b of appendix(meta.catalogue, ctx)) body.push(b)
  if (options.meeting) for (const b of meetingAppendix(options.meeting, ctx)) body.push(b)
  numberContents(ctx.refs, body, { width: textWidthTwips, height: PAGE.height - 2 * MARGIN })
  // Built after the walk: docx writes the Nøgletal charts the walk found (docx/chartSlots.ts).
  const skeleton = await readSkeleton(
    skeletonDocument({
      meta,
      labels,
      date: longDate(options.date ?? new Date(), lang),
      reviewCopy: options.reviewCopy,
      keywords: usedAreas.join(', '),
      page: {
        size: PAGE,
        margin: { top: MARGIN, bottom: MARGIN, left: MARGIN, right, header: 708, footer: 708 },
      },
      charts: ctx.refs.charts,
    }),
  )
  // The plan rides along, so importing this file again brings back the plan itself (planPart.ts).
  return finishPackage(skeleton, body.join(''), ctx.refs, textWidthTwips, (documentXml, media) =>
    planPartFiles(plan, documentXml, media),
  )
}
