import { z } from 'zod'
import type { PlanSummary } from './plan'

/**
 * What comes back from Word: the report of a .docx import, and the consultant's comments on a
 * plan. Shared, because the backend writes them and the renderer shows them.
 */

/** Things in a Word file that could not come across as they were; the UI words each kind. */
export const ImportReportKind = z.enum([
  'textBox',
  'trackedChange',
  'footnote',
  'endnote',
  'field',
  'chart',
  'smartArt',
  'embeddedObject',
  'equation',
  'externalImage',
  'linkedTemplate',
  'imageType',
  'imageTooLarge',
  'link',
  'comments',
  'focusAreas',
  'unknownStyle',
  'other',
  // A Planværksted export whose plan part was not used (planPartReader.ts), and why.
  'embeddedPlanChanged',
  'embeddedPlanMissing',
  'embeddedPlanDamaged',
])
export type ImportReportKind = z.infer<typeof ImportReportKind>

export type ImportReportItem = { kind: ImportReportKind; count: number; samples: string[] }
export type ImportReport = {
  items: ImportReportItem[]
  /** What came across, so the user can see the import did something. */
  counts: { headings: number; paragraphs: number; tables: number; images: number; initiatives: number }
}

/**
 * Where a comment sits in the plan: a path of child indexes from the document to a textblock,
 * and a character range in that block's text (hard breaks count as one character, like the
 * editor counts positions). The editor turns it into a ProseMirror range.
 */
export const CommentPlacement = z.object({
  path: z.array(z.number().int().min(0)).min(1).max(32),
  from: z.number().int().min(0),
  to: z.number().int().min(0),
  /** How it was found: exact text, after normalising spaces and case, or by its context; or by
   * where the export derived the text from (an initiative card, the action plan): then the path
   * leads to that node, not to a textblock, and the range is empty. */
  match: z.enum(['exact', 'normalised', 'fuzzy', 'derived']),
})
export type CommentPlacement = z.infer<typeof CommentPlacement>

/**
 * Where the export derived a comment's text from, read from the hidden bookmark around it: an
 * initiative (by a hash of its id), or the n-th action plan or focus matrix, with the first cell of
 * the table row the comment is in (the initiative the row is about).
 */
export const CommentOrigin = z.object({
  kind: z.enum(['initiative', 'actionPlan', 'focusMatrix']),
  key: z.string().regex(/^(?:[0-9a-f]{32}|\d{1,4})$/),
  row: z.string().max(500).optional(),
})
export type CommentOrigin = z.infer<typeof CommentOrigin>

export const ReviewComment = z.object({
  id: z.string().min(1).max(100),
  /** Word's own w:id, so importing the same file twice does not duplicate comments. */
  wordId: z.string().max(50),
  author: z.string().max(200),
  initials: z.string().max(20).default(''),
  date: z.string().max(50),
  text: z.string().max(20000),
  anchorText: z.string().max(5000),
  /** A little of the text around the anchor in the Word file, to find it again when it repeats. */
  before: z.string().max(200).default(''),
  after: z.string().max(200).default(''),
  origin: CommentOrigin.optional(),
  /** Worked out against the plan as it is now, each time comments are listed. */
  placed: CommentPlacement.nullable(),
  handled: z.boolean().default(false),
  /** Which import it came from (file name and time), to tell rounds of review apart. */
  source: z.string().max(300).default(''),
})
export type ReviewComment = z.infer<typeof ReviewComment>

export const ReviewsFile = z.object({
  schemaVersion: z.literal(1),
  comments: z.array(ReviewComment).max(10000),
})
export type ReviewsFile = z.infer<typeof ReviewsFile>

export type ReviewList = { placed: ReviewComment[]; unplaced: ReviewComment[] }
export type ReviewImportResult =
  ({ status: 'imported'; found: number; duplicates: number } & ReviewList) | { status: 'cancelled' }
export type DocxImportResult =
  { status: 'imported'; plan: PlanSummary; report: ImportReport } | { status: 'cancelled' }
