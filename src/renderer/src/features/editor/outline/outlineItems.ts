import type { Node as PMNode } from '@tiptap/pm/model'

/** One heading as the outline shows it. The key follows the heading, not its place in the plan. */
export type OutlineRow = { key: string; level: number; text: string }

/** The plan's headings in order, and where each one starts in the document (same order). */
export type Outline = { rows: OutlineRow[]; positions: number[] }

// ProseMirror nodes are immutable and an edit elsewhere keeps them: a heading keeps its node (and
// so its key) until the heading itself is edited. Keyed by position instead, typing a letter above
// gave every heading below a new key, and React rebuilt those rows.
const keys = new WeakMap<PMNode, string>()
let lastKey = 0
function keyOf(node: PMNode): string {
  let key = keys.get(node)
  if (key === undefined) {
    key = `h${++lastKey}`
    keys.set(node, key)
  }
  return key
}

/** The headings of the plan. They live at its top level, so only that level is walked: cheap
 * enough to recompute after every pause in typing even for a 300-page plan. */
export function outlineOf(doc: PMNode): Outline {
  const rows: OutlineRow[] = []
  const positions: number[] = []
  const used = new Set<string>()
  doc.forEach((node, pos) => {
    if (node.type.name !== 'heading') return
    let key = keyOf(node)
    // The same node object twice in one document (a paste of one slice twice): keys stay unique.
    if (used.has(key)) key = `${key}-${rows.length}`
    used.add(key)
    rows.push({ key, level: Number(node.attrs.level) || 1, text: node.textContent.trim() })
    positions.push(pos)
  })
  return { rows, positions }
}

/** `next`, or `previous` when it shows the same rows: an edit of text between headings then
 * re-renders nothing in the outline. */
export function sameRowsOr(previous: OutlineRow[], next: OutlineRow[]): OutlineRow[] {
  if (previous.length !== next.length) return next
  for (let i = 0; i < next.length; i++) {
    const a = previous[i]
    const b = next[i]
    if (a.key !== b.key || a.level !== b.level || a.text !== b.text) return next
  }
  return previous
}

/** Index of the heading the cursor is under (the last one starting before it), -1 before the first. */
export function currentIndex(positions: number[], cursor: number): number {
  let lo = 0
  let hi = positions.length - 1
  let found = -1
  while (lo <= hi) {
    const mid = (lo + hi) >> 1
    if (positions[mid] <= cursor) {
      found = mid
      lo = mid + 1
    } else hi = mid - 1
  }
  return found
}
