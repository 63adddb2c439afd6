import {
  DEFAULT_IMAGE_ALIGN,
  DEFAULT_IMAGE_SIZE,
  imageAlignOf,
  imageSizeOf,
  type ImageAlign,
  type ImageSize,
} from '../../../../../shared/document/image/imageLayout'

/** What the image dialog asks: the description, and how the picture sits on the page. */
export type ImageChoices = { alt: string; size: ImageSize; align: ImageAlign; caption: string }

export const NEW_IMAGE: ImageChoices = {
  alt: '',
  size: DEFAULT_IMAGE_SIZE,
  align: DEFAULT_IMAGE_ALIGN,
  caption: '',
}

/** The choices a picture already has (an old plan's picture gets the defaults). */
export const choicesOf = (attrs: Record<string, unknown>): ImageChoices => ({
  alt: String(attrs.alt ?? ''),
  size: imageSizeOf(attrs.size),
  align: imageAlignOf(attrs.align),
  caption: String(attrs.caption ?? ''),
})
