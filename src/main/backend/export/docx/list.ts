import { attrsOf, childrenOf, type JsonNode } from '../../../../shared/derive/docWalk'
import type { ExportContext, ListKindName, ListNumberFormat } from './context'
import { inlineRuns } from './inline'
import { spaceAfterTable, textStyle, type BlockEnv } from './paragraph'
import { STYLE, listIndent } from './styles'
import { block } from './blocks'
import { paragraph } from './xml'

type ListKind = { kind: ListKindName; numId: number }

const isList = (n: JsonNode) => n.type === 'bulletList' || n.type === 'orderedList'
const kindOf = (n: JsonNode): ListKindName => (n.type === 'orderedList' ? 'ordered' : 'bullet')

const FORMATS: Record<string, ListNumberFormat> = {
  a: 'lowerLetter',
  A: 'upperLetter',
  i: 'lowerRoman',
  I: 'upperRoman',
}

/** Where an ordered list counts from (its start attribute; Word counts from 0 at the lowest) and
 * the marker kind a paste gave it. */
function countingOf(node: JsonNode): { start: number; format?: ListNumberFormat } {
  if (node.type !== 'orderedList') return { start: 1 }
  const a = attrsOf(node)
  const start = typeof a.start === 'number' && Number.isInteger(a.start) ? Math.max(0, a.start) : 1
  return { start, format: typeof a.type === 'string' ? FORMATS[a.type] : undefined }
}

/** A new numbering instance of one of the two shared definitions: the list restarts at 1, or at
 * its own start. */
function newInstance(ctx: ExportContext, kind: ListKindName, level: number, node: JsonNode): ListKind {
  const numId = ctx.refs.firstNumId + ctx.refs.lists.length
  ctx.refs.lists.push({ kind, level, ...countingOf(node) })
  return { kind, numId }
}

/**
 * A bullet or numbered list with Word's own numbering. Every list is a new instance of one of two
 * shared definitions, so it restarts at 1 (or at the number the list starts at: "5." after a
 * paragraph that interrupted the counting) without a definition of its own. A nested list of the
 * same kind stays in its parent's instance one level down: Word then restarts it under each parent
 * item by itself (1, 2, a, b, 3, a), which is also what Word does when a user indents a line.
 */
export function list(
  node: JsonNode,
  ctx: ExportContext,
  env: BlockEnv,
  level = 0,
  parent?: ListKind,
): string[] {
  const kindName = kindOf(node)
  const counting = countingOf(node)
  // A nested list of its parent's kind counts on in the parent's instance, unless it asks to
  // count otherwise ("5.", "c."): then it needs an instance of its own.
  const plain = counting.start === 1 && !counting.format
  const instance =
    parent && parent.kind === kindName && plain ? parent : newInstance(ctx, kindName, level, node)
  const out: string[] = []
  for (const item of childrenOf(node)) {
    let numbered = false
    for (const child of childrenOf(item)) {
      if (isList(child)) {
        for (const b of list(child, ctx, env, Math.min(level + 1, 8), instance)) out.push(b)
      } else if (child.type === 'paragraph' || child.type === 'heading') {
        const runs = inlineRuns(child, ctx.refs)
        if (!runs) continue
        if (!numbered) {
          numbered = true
          const style = textStyle(env) ?? STYLE.listParagraph
          const numbering = { numId: instance.numId, level }
          out.push(paragraph({ style, numbering, spacingBefore: spaceAfterTable(ctx) }, runs))
        } else {
          // A second paragraph of the same item: aligned with the item's text, no new number.
          const style = textStyle(env) ?? STYLE.listContinue
          out.push(paragraph({ style, indentLeft: listIndent(level) }, runs))
        }
      } else {
        for (const b of block(child, ctx, env)) out.push(b)
      }
    }
  }
  return out
}
