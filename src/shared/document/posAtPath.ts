import type { Node as PMNode } from '@tiptap/pm/model'

/**
 * The ProseMirror position just before the node a path of child indices names (see
 * derive/blockWalk.ts), or null when the document no longer has it: a finding computed a moment
 * ago may point past a block the user has just deleted.
 */
export function posAtPath(doc: PMNode, path: readonly number[]): number | null {
  let node = doc
  let pos = 0
  for (let depth = 0; depth < path.length; depth++) {
    const index = path[depth]
    if (!Number.isInteger(index) || index < 0 || index >= node.childCount) return null
    // Inside a node its content starts one step in (the doc's content starts at 0).
    if (depth > 0) pos += 1
    for (let i = 0; i < index; i++) pos += node.child(i).nodeSize
    node = node.child(index)
  }
  return path.length ? pos : null
}
