import type { Catalogue } from '../../../../shared/model/catalogue'
import type { Lang } from '../../../../shared/derive/format'
import type { DocJSON } from '../../../../shared/model/plan'
import type { ExportNotice } from '../../../../shared/model/exportNotice'
import type { ImageInfo } from './imageInfo'
import type { Labels } from './labels'
import type { YearWheel } from '../../../../shared/model/yearWheel'
import type { ChartRunOptions } from 'docx/charts'

/** A chart the walk found: docx's options, and what docx cannot say (a pyramid's labels at the
 * edge, the chart's language), applied to its part afterwards (chartSlots.ts). */
export type ChartEntry = { options: ChartRunOptions; pyramid: boolean; lang: string }

export type LoadedImage = { data: Uint8Array; info: ImageInfo }

/**
 * What every node function may need while the document is walked. The walk is synchronous (fast,
 * and simple to read): images are read beforehand, derived blocks computed once on first use.
 */
export type ExportContext = {
  doc: DocJSON
  lang: Lang
  labels: Labels
  catalogue: Catalogue | null
  /** By asset name; null when the asset could not be read or is not an embeddable image. */
  images: Map<string, LoadedImage | null>
  /** Width of the text column in pixels at 96 dpi, the unit docx wants for images. */
  textWidthPx: number
  /** Width of the text column in twips, for tables. */
  textWidthTwips: number
  state: WalkState
  /** What the body refers to outside itself: links, images, list instances, TOC entries. */
  refs: BodyRefs
  /** What the export could not write as the plan has it (an image left out, one without alt text). */
  notices: ExportNotice[]
  /** The library's year wheels by id, for årshjul blocks. */
  yearWheels: Map<string, YearWheel>
  /** "YYYY-MM-DD": the year an årshjul block without its own year shows, and today's line. */
  today: string
}

export type WalkState = {
  /** Output level of the last real heading (0 before any): keeps the outline free of skipped levels. */
  sectionLevel: number
  /** Levels every heading is moved up by, so the plan's highest heading becomes Heading 1;
   * found on the first heading (see heading.ts). */
  headingShift?: number
  /** The text of the last heading written, to say where a notice's picture is. */
  section: string
  /** The last thing written was a table: the next paragraph needs space above it (Word tables have none). */
  afterTable: boolean
}

export type ListKindName = 'bullet' | 'ordered'

/** Word's number formats a pasted list may ask for ("a", "A", "i", "I"); unset is 1, 2, 3. */
export type ListNumberFormat = 'lowerLetter' | 'upperLetter' | 'lowerRoman' | 'upperRoman'

/** A numbering instance: which definition, and for an ordered list where (and how) it counts. */
export type ListInstance = { kind: ListKindName; level: number; start: number; format?: ListNumberFormat }

export type BodyRefs = {
  /** External links by target, each one relationship however often it is used. */
  links: Map<string, string>
  /** Embedded images by asset name: relationship id and the media file they are stored as. */
  media: Map<string, { relId: string; file: string; data: Uint8Array }>
  /** One numbering instance per list, in order: each restarts (at 1, or its own start) without a
   * definition of its own. */
  lists: ListInstance[]
  /** The numId of the first list (listNumbering.ts writes the instances from there). */
  firstNumId: number
  /** Headings of level 1-3 in order, bookmarked so the table of contents can link to them. */
  toc: { title: string; level: number; bookmark: number; page?: number }[]
  /** Drawings need a document-unique id. */
  drawings: number
  /** Pictures the export draws itself (the årshjul's SVG and PNG), apart from the plan's images:
   * they are not the plan's assets, so the plan part carried inside the file does not list them. */
  pictures: { relId: string; file: string; data: Uint8Array }[]
  /** The Nøgletal charts in body order, for docx to write in the skeleton (chartSlots.ts). */
  charts: ChartEntry[]
}

export const newWalkState = (): WalkState => ({ sectionLevel: 0, afterTable: false, section: '' })
export const newBodyRefs = (firstNumId: number): BodyRefs => ({
  links: new Map(),
  media: new Map(),
  lists: [],
  firstNumId,
  toc: [],
  drawings: 0,
  pictures: [],
  charts: [],
})
