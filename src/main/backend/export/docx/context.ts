import type { Catalogue } from '../../../../shared/model/catalogue'
import type { Lang } from '../../../../shared/derive/format'
import type { DocJSON } from '../../../../shared/model/plan'
import type { ImageInfo } from './imageInfo'
import type { Labels } from './labels'

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
}

export type WalkState = {
  /** Output level of the last real heading (0 before any): keeps the outline free of skipped levels. */
  sectionLevel: number
  /** Next numbering instance: each list gets its own, so each list restarts at 1. */
  nextListInstance: number
  /** The last thing written was a table: the next paragraph needs space above it (Word tables have none). */
  afterTable: boolean
}

export const newWalkState = (): WalkState => ({ sectionLevel: 0, nextListInstance: 0, afterTable: false })
