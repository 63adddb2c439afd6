import { asNode, attrsOf, type JsonNode } from './docWalk'
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

/**
 * A document's blocks as parallel arrays rather than an object per block: a 300-page plan has
 * ~4,600 blocks, and objects kept alive through the diff were most of the comparison's garbage
 * collection. `keys[i]` decides sameness, `texts[i]` is shown (the same string for a text block);
 * the few initiatives are looked up by index. `blockAt` makes the object for a changed block only.
 */
export type DocBlocks = {
  keys: string[]
  texts: string[]
  initiatives: Map<number, NonNullable<Block['initiative']>>
}

const INLINE = new Set(['text', 'hardBreak', 'focusTag'])

/** The text blocks of a document in reading order. */
export function docBlocks(doc: unknown): DocBlocks {
  const out: DocBlocks = { keys: [], texts: [], initiatives: new Map() }
  const root = asNode(doc)
  if (root) visit(root, out)
  return out
}

/** The i-th block as one object (for the blocks that changed). */
export function blockAt(blocks: DocBlocks, i: number): Block {
  const initiative = blocks.initiatives.get(i)
  const block: Block = { key: blocks.keys[i], text: blocks.texts[i] }
  if (initiative) block.initiative = initiative
  return block
}

/** The blocks' texts alone (what a plain array diff would compare). */
export function blocksOf(doc: unknown): string[] {
  return docBlocks(doc).texts
}

function push(out: DocBlocks, key: string, text: string): void {
  out.keys.push(key)
  out.texts.push(text)
}

/** Walks node.content in place (no arrays of children made per node: see DocBlocks). */
function visit(node: JsonNode, out: DocBlocks): void {
  if (node.type === 'initiative') {
    const attrs = attrsOf(node)
    const { key, text, initiative } = initiativeBlock(attrs)
    out.initiatives.set(out.keys.length, initiative)
    push(out, key, text)
  }
  if (node.type === 'image') {
    const alt = attrsOf(node).alt
    const text = `[${typeof alt === 'string' && alt ? alt : 'image'}]`
    push(out, `\u0000image:${text}`, text)
    return
  }
  const content = Array.isArray(node.content) ? (node.content as unknown[]) : []
  let kids = 0
  let inline = true
  for (const c of content) {
    const kid = asNode(c)
    if (!kid) continue
    kids++
    if (typeof kid.type !== 'string' || !INLINE.has(kid.type)) {
      inline = false
      break
    }
  }
  if (kids > 0 && inline) {
    let text = ''
    for (const c of content) {
      const kid = asNode(c)
      if (kid) text += inlineText(kid)
    }
    // A text block's key is its text: no new string per block. Images and initiatives start with
    // a NUL, which plan text never holds (the schema's text is XML-safe), so they cannot collide.
    push(out, text, text)
    return
  }
  for (const c of content) {
    const kid = asNode(c)
    if (kid) visit(kid, out)
  }
}

function inlineText(node: JsonNode): string {
  if (node.type === 'hardBreak') return '\n'
  if (node.type === 'text') return typeof node.text === 'string' ? node.text : ''
  const label = attrsOf(node).label ?? attrsOf(node).id
  return typeof label === 'string' ? `[${label}]` : ''
}

function initiativeBlock(attrs: Record<string, unknown>): Required<Block> {
  const id = typeof attrs.id === 'string' ? attrs.id : ''
  const title = typeof attrs.title === 'string' ? attrs.title : ''
  // The compared fields in a fixed order, empty values alike, so the same card gives the same key
  // whatever order its JSON had and whether an empty field was saved as '' or null.
  const fields = INITIATIVE_FIELDS.map((k) => [k, emptyAsNull(attrs[k])])
  const key = `\u0000initiative:${id}:${JSON.stringify(fields)}`
  return { key, text: title, initiative: { id, attrs } }
}
