import type { JsonNode } from '../../../../shared/derive/docWalk'
import type { ExportContext } from './context'
import { inlineRuns } from './inline'
import { STYLE } from './styles'
import { paragraph as p } from './xml'

/** Where a block sits decides its paragraph style: body text, a quote, or a table cell. */
export type BlockEnv = {
  quote: boolean
  cell: boolean
  head?: boolean
  /** Inside a cell: the width its content has, in twips (a nested table fills it, never more). */
  width?: number
  /** Inside a cell: the alignment the user gave it, for each of its paragraphs. */
  align?: 'left' | 'center' | 'right'
}
export const BODY: BlockEnv = { quote: false, cell: false }

/** The width a block may fill, in twips: the text column, or the cell it sits in. */
export const contentWidth = (ctx: ExportContext, env: BlockEnv): number => env.width ?? ctx.textWidthTwips

export function textStyle(env: BlockEnv): string | undefined {
  if (env.cell) return env.head ? STYLE.tableHeading : STYLE.tableText
  if (env.quote) return STYLE.quote
  return undefined
}

/**
 * A paragraph of text. An empty one is left out: spacing comes from the styles, and an empty
 * paragraph that only carries a template's section prompt is guidance, never content.
 */
export function paragraphBlock(node: JsonNode, ctx: ExportContext, env: BlockEnv): string[] {
  const runs = inlineRuns(node, ctx.refs)
  if (!runs) return []
  return [p({ style: textStyle(env), spacingBefore: spaceAfterTable(ctx), align: env.align }, runs)]
}

/** Space above the first paragraph after a table, in place of the empty paragraph Word users type. */
export function spaceAfterTable(ctx: ExportContext): number | undefined {
  if (!ctx.state.afterTable) return undefined
  ctx.state.afterTable = false
  return 200
}
