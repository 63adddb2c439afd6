import { childrenOf, type JsonNode } from '../../../../shared/derive/docWalk'
import type { ExportContext, ListKindName } from './context'
import { inlineRuns } from './inline'
import { spaceAfterTable, textStyle, type BlockEnv } from './paragraph'
import { STYLE, listIndent } from './styles'
import { block } from './blocks'
import { paragraph } from './xml'

type ListKind = { kind: ListKindName; numId: number }

const isList = (n: JsonNode) => n.type === 'bulletList' || n.type === 'orderedList'
const kindOf = (n: JsonNode): ListKindName => (n.type === 'orderedList' ? 'ordered' : 'bullet')

/** A new numbering instance of one of the two shared definitions: the list restarts at 1. */
function newInstance(ctx: ExportContext, kind: ListKindName): ListKind {
  const numId = ctx.refs.firstNumId + ctx.refs.lists.length
  ctx.refs.lists.push(kind)
  return { kind, numId }
}

/**
 * A bullet or numbered list with Word's own numbering. Every list is a new instance of one of two
 * shared definitions, so it restarts at 1 without a definition of its own. A nested list of the
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
  const instance = parent && parent.kind === kindName ? parent : newInstance(ctx, kindName)
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
