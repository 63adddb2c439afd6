import type { PdfEntry } from './pdfLayout'

/** A contents entry and the entries one level below it, for a nested list. */
export type ContentsItem = { entry: Pick<PdfEntry, 'id' | 'level' | 'title'>; children: ContentsItem[] }

/** The contents' flat entries (levels 1-3, in order) as a tree: each entry goes under the nearest
 * one before it with a lower level, as the list a screen reader reads it with. */
export function contentsTree(entries: ContentsItem['entry'][]): ContentsItem[] {
  const root: ContentsItem[] = []
  const stack: ContentsItem[] = []
  for (const entry of entries) {
    const item = { entry, children: [] }
    while (stack.length && stack[stack.length - 1].entry.level >= entry.level) stack.pop()
    ;(stack.length ? stack[stack.length - 1].children : root).push(item)
    stack.push(item)
  }
  return root
}
