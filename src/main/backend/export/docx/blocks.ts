import { childrenOf, textOf, type JsonNode } from '../../../../shared/derive/docWalk'
import type { ExportContext } from './context'
import { heading } from './heading'
import { paragraphBlock, textStyle, type BlockEnv } from './paragraph'
import { list } from './list'
import { table } from './table'
import { image } from './image'
import { quote } from './quote'
import { rule } from './rule'
import { initiative } from './initiative'
import { actionPlan } from './actionPlan'
import { focusMatrix } from './focusMatrix'
import { yearWheel } from './yearWheel'
import { keyFigures } from './keyFigures'
import { STYLE } from './styles'
import { withOrigin } from './origin'
import { isTable, paragraph as p, textParagraph } from './xml'

/** One body block as WordprocessingML: a `<w:p>` or a `<w:tbl>`. */
export type Block = string

/** One block node of the plan to its Word paragraphs and tables. */
export function block(node: JsonNode, ctx: ExportContext, env: BlockEnv): Block[] {
  const afterTable = ctx.state.afterTable
  const out = render(node, ctx, env)
  if (out.length === 0) return out
  ctx.state.afterTable = isTable(out[out.length - 1])
  // Two tables in a row would melt into one in Word; a paragraph between them is the only way apart.
  if (afterTable && isTable(out[0])) out.unshift(p({ style: STYLE.tableGap }))
  return withOrigin(node, out, ctx.refs)
}

function render(node: JsonNode, ctx: ExportContext, env: BlockEnv): Block[] {
  switch (node.type) {
    case 'paragraph':
      return paragraphBlock(node, ctx, env)
    case 'heading':
      return heading(node, ctx, env)
    case 'bulletList':
    case 'orderedList':
      return list(node, ctx, env)
    case 'table':
      return table(node, ctx, env)
    case 'image':
      return image(node, ctx, env)
    case 'blockquote':
      return quote(node, ctx, env)
    case 'horizontalRule':
      return rule()
    case 'initiative':
      return initiative(node, ctx, env)
    case 'actionPlan':
      return actionPlan(ctx, env)
    case 'focusMatrix':
      return focusMatrix(ctx, env)
    case 'yearWheel':
      return yearWheel(node, ctx, env)
    case 'keyFigures':
      return keyFigures(node, ctx, env)
    default:
      return unknownBlock(node, env)
  }
}

/** Appends in place: a spread of a long body into push() would overflow the call stack. */
export function blocks(nodes: JsonNode[], ctx: ExportContext, env: BlockEnv, out: Block[] = []): Block[] {
  for (const n of nodes) for (const b of block(n, ctx, env)) out.push(b)
  return out
}

export const childBlocks = (node: JsonNode, ctx: ExportContext, env: BlockEnv) =>
  blocks(childrenOf(node), ctx, env)

/** A node this exporter does not know (a newer schema): its text still reaches the reader. */
function unknownBlock(node: JsonNode, env: BlockEnv): Block[] {
  const text = textOf(node).trim()
  if (!text) return []
  return text.split('\n').map((line) => textParagraph(textStyle(env), line))
}
