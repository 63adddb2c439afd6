import Image from '@tiptap/extension-image'
import { DEFAULT_IMAGE_ALIGN, DEFAULT_IMAGE_SIZE, imageAlignOf, imageSizeOf } from './imageLayout'

/** The asset scheme: a plan refers to its images by content-addressed name, never by URL or path. */
export const ASSET_PREFIX = 'asset:'
export const ASSET_NAME = /^[a-f0-9]{64}\.(png|jpe?g|gif|webp)$/

export function assetName(src: unknown): string | null {
  if (typeof src !== 'string' || !src.startsWith(ASSET_PREFIX)) return null
  const name = src.slice(ASSET_PREFIX.length)
  return ASSET_NAME.test(name) ? name : null
}

/** The part of a DOM element the HTML parsing reads (src/shared has no DOM types). */
type Attributed = { getAttribute(name: string): string | null }

/** Block images with alt text, their natural size (for proportional export), and the size,
 * alignment and caption the user chose (kept in HTML as data- attributes, so copy and paste keep them). */
export const PlanImage = Image.extend({
  addAttributes() {
    return {
      ...this.parent?.(),
      alt: { default: '' },
      width: { default: null },
      height: { default: null },
      size: {
        default: DEFAULT_IMAGE_SIZE,
        parseHTML: (el: Attributed) => imageSizeOf(el.getAttribute('data-size')),
        renderHTML: (attrs: Record<string, unknown>) => ({ 'data-size': attrs.size }),
      },
      align: {
        default: DEFAULT_IMAGE_ALIGN,
        parseHTML: (el: Attributed) => imageAlignOf(el.getAttribute('data-align')),
        renderHTML: (attrs: Record<string, unknown>) => ({ 'data-align': attrs.align }),
      },
      caption: {
        default: '',
        parseHTML: (el: Attributed) => el.getAttribute('data-caption') ?? '',
        renderHTML: (attrs: Record<string, unknown>) =>
          attrs.caption ? { 'data-caption': attrs.caption } : {},
      },
    }
  },
}).configure({ inline: false, allowBase64: false })
