import Image from '@tiptap/extension-image'

/** The asset scheme: a plan refers to its images by content-addressed name, never by URL or path. */
export const ASSET_PREFIX = 'asset:'
export const ASSET_NAME = /^[a-f0-9]{64}\.(png|jpe?g|gif|webp)$/

export function assetName(src: unknown): string | null {
  if (typeof src !== 'string' || !src.startsWith(ASSET_PREFIX)) return null
  const name = src.slice(ASSET_PREFIX.length)
  return ASSET_NAME.test(name) ? name : null
}

/** Block images with alt text and their natural size (for proportional export). */
export const PlanImage = Image.extend({
  addAttributes() {
    return {
      ...this.parent?.(),
      alt: { default: '' },
      width: { default: null },
      height: { default: null },
    }
  },
}).configure({ inline: false, allowBase64: false })
