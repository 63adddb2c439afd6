import { childrenOf, type JsonNode } from './docWalk'

/**
 * Where a block sits, as the Word export decides it: in a table cell, in a quote, or as the text
 * of a list item. A heading is a heading of the plan (in the outline, the contents, a screen
 * reader's heading list) only outside all three; there the export writes it as bold or list text.
 */
export type BlockPlace = { cell: boolean; quote: boolean; listText: boolean }

export const isOutlinePlace = (place: BlockPlace) => !place.cell && !place.quote && !place.listText

const BODY: BlockPlace = { cell: false, quote: false, listText: false }

/** Child indices from the document's root to a node: stable for one version of the document, and
 * turned into a ProseMirror position by the editor (each index steps over the siblings before it). */
export type NodePath = number[]

/** `path` is the walk's own, changed as it goes on: a visitor that keeps it takes a copy. */
type Visit = (node: JsonNode, path: readonly number[], place: BlockPlace) => void

/** Visits every block node in document order (not the text inside them) with its path and place.
 * One path array for the whole walk: a 300-page plan has some 15,000 blocks. */
export function walkBlocks(root: JsonNode, visit: Visit): void {
  const path: number[] = []
  childrenOf(root).forEach((child, i) => visitBlock(child, path, i, BODY, visit))
}

function visitBlock(node: JsonNode, path: number[], index: number, place: BlockPlace, visit: Visit): void {
  path.push(index)
  visit(node, path, place)
  const each = (inner: (child: JsonNode) => BlockPlace) =>
    childrenOf(node).forEach((child, i) => visitBlock(child, path, i, inner(child), visit))
  switch (node.type) {
    case 'table':
    case 'tableRow':
    case 'bulletList':
    case 'orderedList':
    case 'initiative':
      each(() => place)
      break
    case 'tableCell':
    case 'tableHeader':
      each(() => ({ ...place, cell: true, listText: false }))
      break
    case 'blockquote':
      each(() => ({ ...place, quote: true, listText: false }))
      break
    case 'listItem':
      each((child) =>
        child.type === 'paragraph' || child.type === 'heading'
          ? { ...place, listText: true }
          : { ...place, listText: false },
      )
      break
  }
  path.pop()
}
