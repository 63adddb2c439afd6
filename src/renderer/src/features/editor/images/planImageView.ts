import { PlanImage, assetName } from '../../../../../shared/document/image/planImage'

/** Turns the document's `asset:<name>` into a URL the window can load. Display only: the document
 * keeps the asset name, so a plan never stores a path or a server address. */
export function assetUrl(src: string, assetBase: string, planId: string): string {
  const name = assetName(src)
  return name ? `${assetBase}${planId}/${name}` : ''
}

export function planImageView(assetBase: string, planId: string) {
  return PlanImage.extend({
    addNodeView() {
      return ({ node }) => {
        const img = document.createElement('img')
        img.className = 'plan-image'
        const apply = (attrs: Record<string, unknown>) => {
          img.src = assetUrl(String(attrs.src ?? ''), assetBase, planId)
          img.alt = String(attrs.alt ?? '')
          if (attrs.width) img.width = Number(attrs.width)
          if (attrs.height) img.height = Number(attrs.height)
          img.title = String(attrs.alt ?? '')
        }
        apply(node.attrs)
        return {
          dom: img,
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
