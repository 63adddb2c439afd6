import type { Node as PMNode } from '@tiptap/pm/model'

export type OutlineItem = { level: number; text: string; pos: number }

/** The plan's headings in order. Headings live at the top level of a plan, so only that level is
 * walked: cheap enough to recompute after every pause in typing even for a 300-page plan. */
export function outlineItems(doc: PMNode): OutlineItem[] {
  const out: OutlineItem[] = []
  doc.forEach((node, pos) => {
    if (node.type.name === 'heading')
      out.push({ level: Number(node.attrs.level) || 1, text: node.textContent.trim(), pos })
  })
  return out
}

/** Index of the heading the cursor is under (the last one starting before it), -1 before the first. */
export function currentIndex(items: OutlineItem[], cursor: number): number {
  let lo = 0
  let hi = items.length - 1
  let found = -1
  while (lo <= hi) {
    const mid = (lo + hi) >> 1
    if (items[mid].pos <= cursor) {
      found = mid
      lo = mid + 1
    } else hi = mid - 1
  }
  return found
}
