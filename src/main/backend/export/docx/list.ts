import { Paragraph } from 'docx'
import { childrenOf, type JsonNode } from '../../../../shared/derive/docWalk'
import type { ExportContext } from './context'
import { inlineRuns } from './inline'
import { spaceAfterTable, textStyle, type BlockEnv } from './paragraph'
import { NUMBERING, STYLE, listIndent } from './styles'
import { block, type Block } from './blocks'

type ListKind = { reference: string; instance: number }

const isList = (n: JsonNode) => n.type === 'bulletList' || n.type === 'orderedList'
const referenceOf = (n: JsonNode) => (n.type === 'orderedList' ? NUMBERING.ordered : NUMBERING.bullet)

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
): Block[] {
  const reference = referenceOf(node)
  const kind: ListKind =
    parent && parent.reference === reference ? parent : { reference, instance: ctx.state.nextListInstance++ }
  const out: Block[] = []
  for (const item of childrenOf(node)) {
    let numbered = false
    for (const child of childrenOf(item)) {
      if (isList(child)) {
        out.push(...list(child, ctx, env, Math.min(level + 1, 8), kind))
      } else if (child.type === 'paragraph' || child.type === 'heading') {
        const children = inlineRuns(child)
        if (children.length === 0) continue
        if (!numbered) {
          numbered = true
          out.push(
            new Paragraph({
              style: textStyle(env),
              spacing: spaceAfterTable(ctx),
              numbering: { reference: kind.reference, level, instance: kind.instance },
              children,
            }),
          )
        } else {
          // A second paragraph of the same item: aligned with the item's text, no new number.
          out.push(
            new Paragraph({
              style: textStyle(env) ?? STYLE.listContinue,
              indent: { left: listIndent(level) },
              children,
            }),
          )
        }
      } else {
        out.push(...block(child, ctx, env))
      }
    }
  }
  return out
}
