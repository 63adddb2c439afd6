import type { Node as PMNode } from '@tiptap/pm/model'

// Words per top-level block, by node. ProseMirror nodes are immutable and an edit keeps every
// block it does not touch (the new document shares them), so after a keystroke only the edited
// block is counted again: a 300-page plan is recounted in the time of one paragraph.
const counted = new WeakMap<PMNode, number>()

/** Words in a block, counted as TipTap's CharacterCount counted them (over the whole plan, each
 * time): runs of text between spaces, with every block and leaf boundary a space. */
function wordsIn(block: PMNode): number {
  const text = block.textBetween(0, block.content.size, ' ', ' ')
  let words = 0
  for (const part of text.split(' ')) if (part !== '') words++
  return words
}

/** The plan's word count (the status line). Blocks are separated by spaces, so the sum over the
 * top-level blocks is the count of the whole text. */
export function countWords(doc: PMNode): number {
  let total = 0
  doc.forEach((block) => {
    let words = counted.get(block)
    if (words === undefined) {
      words = wordsIn(block)
      counted.set(block, words)
    }
    total += words
  })
  return total
}
