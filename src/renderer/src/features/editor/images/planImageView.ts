import { PlanImage, assetName } from '../../../../../shared/document/image/planImage'
import { imageAlignOf, imageSizeOf } from '../../../../../shared/document/image/imageLayout'

/** Turns the document's `asset:<name>` into a URL the window can load. Display only: the document
 * keeps the asset name, so a plan never stores a path or a server address. */
export function assetUrl(src: string, assetBase: string, planId: string): string {
  const name = assetName(src)
  return name ? `${assetBase}${planId}/${name}` : ''
}

/** The picture as the page will show it: a figure at its size and alignment, with the caption
 * under it. The caption is an attribute edited in the image dialog, so it is not editable here. */
export function planImageView(assetBase: string, planId: string) {
  return PlanImage.extend({
    addNodeView() {
      return ({ node }) => {
        const figure = document.createElement('figure')
        const img = document.createElement('img')
        const caption = document.createElement('figcaption')
        img.className = 'plan-image'
        caption.className = 'plan-image-caption'
        figure.append(img, caption)
        figure.contentEditable = 'false'
        const apply = (attrs: Record<string, unknown>) => {
          figure.className = `plan-figure size-${imageSizeOf(attrs.size)} align-${imageAlignOf(attrs.align)}`
          img.src = assetUrl(String(attrs.src ?? ''), assetBase, planId)
          img.alt = String(attrs.alt ?? '')
          if (attrs.width) img.width = Number(attrs.width)
          if (attrs.height) img.height = Number(attrs.height)
          img.title = String(attrs.alt ?? '')
          const text = String(attrs.caption ?? '').trim()
          caption.textContent = text
          caption.hidden = !text
        }
        apply(node.attrs)
        return {
          dom: figure,
          update: (next) => {
            if (next.type !== node.type) return false
            apply(next.attrs)
            return true
          },
        }
      }
    },
  })
}
