import { attrsOf, type JsonNode } from '../../../../shared/derive/docWalk'
import {
  initiativeKey,
  ORIGIN_BOOKMARK_ID_BASE,
  originBookmarkName,
  type Origin,
} from '../../planPart/originBookmarks'
import type { BodyRefs } from './context'
import { esc } from './xml'

/** Per export: how many origin bookmarks so far, and of each derived block. */
const counts = new WeakMap<BodyRefs, { ids: number; actionPlan: number; focusMatrix: number }>()

function originOf(node: JsonNode, refs: BodyRefs): Origin | null {
  const c = counts.get(refs) ?? { ids: 0, actionPlan: 0, focusMatrix: 0 }
  counts.set(refs, c)
  if (node.type === 'initiative') {
    const id = attrsOf(node).id
    return typeof id === 'string' && id ? { kind: 'initiative', key: initiativeKey(id) } : null
  }
  if (node.type === 'actionPlan' || node.type === 'focusMatrix')
    return { kind: node.type, key: String(++c[node.type]) }
  return null
}

/**
 * The blocks an initiative, the action plan or the focus matrix was written as, inside a hidden
 * bookmark that names where they came from (planPart/originBookmarks.ts): a comment on their
 * derived text (a budget line, a title, an action-plan cell) can then be attached to them. The
 * bookmark stands between blocks, where the schema lets range markup stand.
 */
export function withOrigin(node: JsonNode, out: string[], refs: BodyRefs): string[] {
  if (out.length === 0) return out
  const origin = originOf(node, refs)
  if (!origin) return out
  const c = counts.get(refs)!
  const id = ORIGIN_BOOKMARK_ID_BASE + ++c.ids
  const name = esc(originBookmarkName(origin))
  out[0] = `<w:bookmarkStart w:id="${id}" w:name="${name}"/>${out[0]}`
  out[out.length - 1] = `${out[out.length - 1]}<w:bookmarkEnd w:id="${id}"/>`
  return out
}
