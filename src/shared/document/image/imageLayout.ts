/** How a picture sits on the page, as a Word user chooses it: three sizes, three alignments and a
 * caption under it. One list each, shared by the schema, the editor and the Word export. */
export const IMAGE_SIZES = ['small', 'medium', 'full'] as const
export const IMAGE_ALIGNS = ['left', 'center', 'right'] as const
export type ImageSize = (typeof IMAGE_SIZES)[number]
export type ImageAlign = (typeof IMAGE_ALIGNS)[number]

/** A picture without a chosen size (every plan written before sizes existed) fills the text width. */
export const DEFAULT_IMAGE_SIZE: ImageSize = 'full'
export const DEFAULT_IMAGE_ALIGN: ImageAlign = 'center'
/** A caption is a line or two under a picture, not a paragraph of its own. */
export const MAX_CAPTION = 500

/** The share of the text width each size takes (never more than the picture's own size). */
export const SIZE_FRACTION: Record<ImageSize, number> = { small: 1 / 3, medium: 2 / 3, full: 1 }

export const imageSizeOf = (v: unknown): ImageSize =>
  IMAGE_SIZES.includes(v as ImageSize) ? (v as ImageSize) : DEFAULT_IMAGE_SIZE
export const imageAlignOf = (v: unknown): ImageAlign =>
  IMAGE_ALIGNS.includes(v as ImageAlign) ? (v as ImageAlign) : DEFAULT_IMAGE_ALIGN
