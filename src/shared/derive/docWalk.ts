/**
 * Minimal walking of a plan document as JSON. The derivations run in the renderer, the backend and
 * the export, on documents that may come from disk, so nothing here trusts the shape it is given.
 */
export type JsonNode = { type?: unknown; attrs?: unknown; content?: unknown; text?: unknown }

export function asNode(v: unknown): JsonNode | null {
  return v && typeof v === 'object' && !Array.isArray(v) ? (v as JsonNode) : null
}

export function childrenOf(node: JsonNode): JsonNode[] {
  if (!Array.isArray(node.content)) return []
  return node.content.map(asNode).filter((n): n is JsonNode => n !== null)
}

export function attrsOf(node: JsonNode): Record<string, unknown> {
  const a = node.attrs
  return a && typeof a === 'object' && !Array.isArray(a) ? (a as Record<string, unknown>) : {}
}

/** Blocks whose text is separated by a line break when flattened, so words do not run together. */
const BLOCKS = new Set(['paragraph', 'heading', 'listItem', 'blockquote', 'bulletList', 'orderedList'])

/** Plain text of a node: block children joined by newlines, runs of whitespace inside a line kept. */
export function textOf(node: JsonNode): string {
  if (node.type === 'text') return typeof node.text === 'string' ? node.text : ''
  if (node.type === 'hardBreak') return '\n'
  const kids = childrenOf(node)
  const parts = kids.map(textOf)
  const blocky = kids.some((k) => typeof k.type === 'string' && BLOCKS.has(k.type))
  return parts.filter((p) => !blocky || p !== '').join(blocky ? '\n' : '')
}

/** Visits every node in document order (depth first). Return false from visit to skip the children. */
export function walk(node: JsonNode, visit: (n: JsonNode) => boolean | void): void {
  if (visit(node) === false) return
  for (const child of childrenOf(node)) walk(child, visit)
}
