import type { DiffBlock, DiffPart, DocDiff } from '../model/versions'
import { asNode, attrsOf, childrenOf, type JsonNode } from './docWalk'

/** Above this many cells the quadratic table would stall an old laptop; the middle is then shown
 * as removed-then-added instead of matched. */
const MAX_CELLS = 4_000_000
const INLINE = new Set(['text', 'hardBreak', 'focusTag'])

/**
 * What changed between two plan documents, for "Sammenlign versioner": the blocks (paragraphs,
 * headings, list items, an initiative's fields) matched in order, and inside a changed block the
 * words that were added or removed. Pure, so the renderer can run it and tests can check it.
 */
export function compareDocs(older: unknown, newer: unknown): DocDiff {
  const a = blocksOf(older)
  const b = blocksOf(newer)
  const blocks: DiffBlock[] = []
  let pendingRemoved: string[] = []
  let pendingAdded: string[] = []
  const flush = () => {
    const pairs = Math.min(pendingRemoved.length, pendingAdded.length)
    for (let i = 0; i < pairs; i++) blocks.push(changedBlock(pendingRemoved[i], pendingAdded[i]))
    for (const t of pendingRemoved.slice(pairs))
      blocks.push({ kind: 'removed', parts: [{ kind: 'removed', text: t }] })
    for (const t of pendingAdded.slice(pairs))
      blocks.push({ kind: 'added', parts: [{ kind: 'added', text: t }] })
    pendingRemoved = []
    pendingAdded = []
  }
  for (const op of diffSequences(a, b)) {
    if (op.kind === 'same') {
      flush()
      blocks.push({ kind: 'same', parts: [{ kind: 'same', text: op.value }] })
    } else if (op.kind === 'removed') pendingRemoved.push(op.value)
    else pendingAdded.push(op.value)
  }
  flush()
  let added = 0
  let removed = 0
  for (const block of blocks) {
    for (const part of block.parts) {
      if (part.kind === 'added') added += countWords(part.text)
      if (part.kind === 'removed') removed += countWords(part.text)
    }
  }
  return { blocks, added, removed }
}

function changedBlock(before: string, after: string): DiffBlock {
  const parts: DiffPart[] = []
  for (const op of diffSequences(tokens(before), tokens(after))) {
    const last = parts[parts.length - 1]
    if (last && last.kind === op.kind) last.text += op.value
    else parts.push({ kind: op.kind, text: op.value })
  }
  return { kind: 'changed', parts }
}

/** Words with the spaces that follow them, so joined parts read exactly like the text. */
function tokens(text: string): string[] {
  return text.match(/\s+|[^\s]+/g) ?? []
}

function countWords(text: string): number {
  return text.split(/\s+/).filter(Boolean).length
}

/** The text blocks of a document in reading order; an initiative contributes its fields as one. */
export function blocksOf(doc: unknown): string[] {
  const out: string[] = []
  const root = asNode(doc)
  if (root) visit(root, out)
  return out
}

function visit(node: JsonNode, out: string[]): void {
  if (node.type === 'initiative') out.push(initiativeLine(attrsOf(node)))
  if (node.type === 'image') {
    const alt = attrsOf(node).alt
    out.push(`[${typeof alt === 'string' && alt ? alt : 'image'}]`)
    return
  }
  const kids = childrenOf(node)
  const inline = kids.length > 0 && kids.every((k) => typeof k.type === 'string' && INLINE.has(k.type))
  if (inline) {
    out.push(kids.map(inlineText).join(''))
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

function initiativeLine(attrs: Record<string, unknown>): string {
  const fields = Object.keys(attrs)
    .sort()
    .map((k) => {
      const v = attrs[k]
      return v === null || v === '' || v === undefined
        ? ''
        : `${k}: ${typeof v === 'string' ? v : JSON.stringify(v)}`
    })
    .filter(Boolean)
  return fields.join(' · ')
}

type Op = { kind: 'same' | 'added' | 'removed'; value: string }

/** Longest-common-subsequence diff of two sequences, with common ends trimmed first. */
export function diffSequences(a: string[], b: string[]): Op[] {
  let start = 0
  while (start < a.length && start < b.length && a[start] === b[start]) start++
  let endA = a.length
  let endB = b.length
  while (endA > start && endB > start && a[endA - 1] === b[endB - 1]) {
    endA--
    endB--
  }
  const head: Op[] = a.slice(0, start).map((value) => ({ kind: 'same', value }))
  const tail: Op[] = a.slice(endA).map((value) => ({ kind: 'same', value }))
  const midA = a.slice(start, endA)
  const midB = b.slice(start, endB)
  return [...head, ...lcsDiff(midA, midB), ...tail]
}

function lcsDiff(a: string[], b: string[]): Op[] {
  const n = a.length
  const m = b.length
  if (n * m > MAX_CELLS) {
    return [
      ...a.map((value): Op => ({ kind: 'removed', value })),
      ...b.map((value): Op => ({ kind: 'added', value })),
    ]
  }
  // lengths[i][j]: LCS length of a[i..] and b[j..], in one flat array.
  const w = m + 1
  const lengths = new Uint32Array((n + 1) * w)
  for (let i = n - 1; i >= 0; i--) {
    for (let j = m - 1; j >= 0; j--) {
      lengths[i * w + j] =
        a[i] === b[j]
          ? lengths[(i + 1) * w + j + 1] + 1
          : Math.max(lengths[(i + 1) * w + j], lengths[i * w + j + 1])
    }
  }
  const ops: Op[] = []
  let i = 0
  let j = 0
  while (i < n && j < m) {
    if (a[i] === b[j]) {
      ops.push({ kind: 'same', value: a[i] })
      i++
      j++
    } else if (lengths[(i + 1) * w + j] >= lengths[i * w + j + 1])
      ops.push({ kind: 'removed', value: a[i++] })
    else ops.push({ kind: 'added', value: b[j++] })
  }
  while (i < n) ops.push({ kind: 'removed', value: a[i++] })
  while (j < m) ops.push({ kind: 'added', value: b[j++] })
  return ops
}
