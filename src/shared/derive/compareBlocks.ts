import { asNode, attrsOf, childrenOf, type JsonNode } from './docWalk'
import { INITIATIVE_FIELDS, emptyAsNull } from './compareInitiative'

/**
 * One comparable block of a plan: `key` decides whether two blocks are the same, `text` is what
 * the comparison shows. An initiative's own block carries its fields (its description paragraphs
 * follow as blocks of their own, so a changed sentence in it reads like any other).
 */
export type Block = {
  key: string
  text: string
  initiative?: { id: string; attrs: Record<string, unknown> }
}

const INLINE = new Set(['text', 'hardBreak', 'focusTag'])

/** The text blocks of a document in reading order. */
export function docBlocks(doc: unknown): Block[] {
  const out: Block[] = []
  const root = asNode(doc)
  if (root) visit(root, out)
  return out
}

/** The blocks' texts alone (what a plain array diff would compare). */
export function blocksOf(doc: unknown): string[] {
  return docBlocks(doc).map((b) => b.text)
}

function visit(node: JsonNode, out: Block[]): void {
  if (node.type === 'initiative') out.push(initiativeBlock(attrsOf(node)))
  if (node.type === 'image') {
    const alt = attrsOf(node).alt
    const text = `[${typeof alt === 'string' && alt ? alt : 'image'}]`
    out.push({ key: `\u0000image:${text}`, text })
    return
  }
  const kids = childrenOf(node)
  const inline = kids.length > 0 && kids.every((k) => typeof k.type === 'string' && INLINE.has(k.type))
  if (inline) {
    const text = kids.map(inlineText).join('')
    // A text block's key is its text: no new string per block. Images and initiatives start with
    // a NUL, which plan text never holds (the schema's text is XML-safe), so they cannot collide.
    out.push({ key: text, text })
    return
  }
  for (const kid of kids) visit(kid, out)
}

function inlineText(node: JsonNode): string {
  if (node.type === 'hardBreak') return '\n'
  if (node.type === 'text') return typeof node.text === 'string' ? node.text : ''
  const label = attrsOf(node).label ?? attrsOf(node).id
  return typeof label === 'string' ? `[${label}]` : ''
}

function initiativeBlock(attrs: Record<string, unknown>): Block {
  const id = typeof attrs.id === 'string' ? attrs.id : ''
  const title = typeof attrs.title === 'string' ? attrs.title : ''
  // The compared fields in a fixed order, empty values alike, so the same card gives the same key
  // whatever order its JSON had and whether an empty field was saved as '' or null.
  const fields = INITIATIVE_FIELDS.map((k) => [k, emptyAsNull(attrs[k])])
  const key = `\u0000initiative:${id}:${JSON.stringify(fields)}`
  return { key, text: title, initiative: { id, attrs } }
}
