import type { Node as PMNode } from '@tiptap/pm/model'

export type Match = { from: number; to: number }

/** Every case-insensitive occurrence of `query` in the document's text, also across bold/italic
 * boundaries inside one paragraph (the text of a textblock is searched as one string). */
export function findMatches(doc: PMNode, query: string, limit = 5000): Match[] {
  const needle = query.toLocaleLowerCase('da')
  if (!needle) return []
  const out: Match[] = []
  doc.descendants((node, pos) => {
    if (out.length >= limit) return false
    if (!node.isTextblock) return true
    let text = ''
    const starts: number[] = []
    node.forEach((child, offset) => {
      starts.push(text.length, pos + 1 + offset)
      text += child.isText ? child.text : '\ufffc'
    })
    const hay = text.toLocaleLowerCase('da')
    for (
      let i = hay.indexOf(needle);
      i !== -1 && out.length < limit;
      i = hay.indexOf(needle, i + needle.length)
    ) {
      out.push({ from: toPos(starts, i), to: toPos(starts, i + needle.length) })
    }
    return false
  })
  return out
}

/** Maps an offset in the textblock's string back to a document position. */
function toPos(starts: number[], offset: number): number {
  let base = starts[1]
  let at = starts[0]
  for (let k = 0; k < starts.length; k += 2) {
    if (starts[k] > offset) break
    at = starts[k]
    base = starts[k + 1]
  }
  return base + (offset - at)
}
