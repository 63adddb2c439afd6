import { assetName } from '../../../../shared/document/image/planImage'
import { asNode, attrsOf, walk } from '../../../../shared/derive/docWalk'
import type { DocJSON } from '../../../../shared/model/plan'
import type { LoadedImage } from './context'
import { readImageInfo } from './imageInfo'

export type ReadAsset = (name: string) => Promise<Uint8Array>

/**
 * Reads every image the document names, once each and in parallel, before the (synchronous) walk.
 * An asset that is missing or not embeddable maps to null: the export goes on and says so in place.
 */
export async function loadImages(
  doc: DocJSON,
  readAsset: ReadAsset,
): Promise<Map<string, LoadedImage | null>> {
  const names = new Set<string>()
  const root = asNode(doc)
  if (root) {
    walk(root, (n) => {
      if (n.type !== 'image') return
      const name = assetName(attrsOf(n).src)
      if (name) names.add(name)
    })
  }
  const entries = await Promise.all(
    [...names].map(async (name): Promise<[string, LoadedImage | null]> => {
      try {
        const data = await readAsset(name)
        const info = readImageInfo(data)
        return [name, info ? { data, info } : null]
      } catch {
        return [name, null]
      }
    }),
  )
  return new Map(entries)
}
