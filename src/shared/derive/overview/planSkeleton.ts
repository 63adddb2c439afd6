import type { DocJSON } from '../../model/plan'
import { asNode, attrsOf, textOf, walk, type JsonNode } from '../docWalk'

/** An initiative's description is kept to its first line: what initiativeName falls back on. */
const DESCRIPTION_MAX = 200

const textNode = (text: string) => (text ? [{ type: 'text', text }] : [])

/**
 * The part of a plan the overview reads: its headings that matter to it (tagged with a focus area,
 * or the section an initiative sits in) and its
 * initiatives (every field, and the first line of the description), in document order, nothing
 * else. Every derive function of the plan (actionPlanRows, focusOverview, focusMatrix,
 * catalogueUpgrade, compareDocs) gives on the skeleton what it gives on the whole plan for
 * initiatives and focus areas, so the overview reuses them as they are, and a collection of a
 * hundred 50-page plans stays a few hundred kilobytes instead of the plans' megabytes.
 */
export function planSkeleton(doc: DocJSON): DocJSON {
  const content: unknown[] = []
  const root = asNode(doc)
  if (!root) return { type: 'doc', content }
  // A heading without focus tags is kept only as the section of the initiatives under it (the
  // nearest named heading above one): a 50-page plan has a hundred headings and a few initiatives.
  let pending: unknown = null
  walk(root, (node: JsonNode) => {
    if (node.type === 'heading') {
      const { level, focusAreas } = attrsOf(node)
      const text = textOf(node).trim()
      const heading = { type: 'heading', attrs: { level, focusAreas }, content: textNode(text) }
      const tagged = Array.isArray(focusAreas) && focusAreas.length > 0
      if (tagged) {
        content.push(heading)
        pending = null
      } else if (text) pending = heading
      return false
    }
    if (node.type === 'initiative') {
      if (pending) content.push(pending)
      pending = null
      const first = (textOf(node).trim().split('\n')[0] ?? '').slice(0, DESCRIPTION_MAX)
      content.push({
        type: 'initiative',
        attrs: attrsOf(node),
        content: [{ type: 'paragraph', content: textNode(first) }],
      })
      return false
    }
  })
  return { type: 'doc', content }
}
