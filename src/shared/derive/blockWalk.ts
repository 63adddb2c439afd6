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

type Visit = (node: JsonNode, path: NodePath, place: BlockPlace) => void

/** Visits every block node in document order (not the text inside them) with its path and place. */
export function walkBlocks(root: JsonNode, visit: Visit): void {
  childrenOf(root).forEach((child, i) => visitBlock(child, [i], BODY, visit))
}

function visitBlock(node: JsonNode, path: NodePath, place: BlockPlace, visit: Visit): void {
  visit(node, path, place)
  const kids = childrenOf(node)
  const each = (inner: (child: JsonNode) => BlockPlace) =>
    kids.forEach((child, i) => visitBlock(child, [...path, i], inner(child), visit))
  switch (node.type) {
    case 'table':
    case 'tableRow':
      return each(() => place)
    case 'tableCell':
    case 'tableHeader':
      return each(() => ({ ...place, cell: true, listText: false }))
    case 'blockquote':
      return each(() => ({ ...place, quote: true, listText: false }))
    case 'bulletList':
    case 'orderedList':
      return each(() => place)
    case 'listItem':
      return each((child) =>
        child.type === 'paragraph' || child.type === 'heading'
          ? { ...place, listText: true }
          : { ...place, listText: false },
      )
    case 'initiative':
      return each(() => place)
    default:
      return
  }
}
