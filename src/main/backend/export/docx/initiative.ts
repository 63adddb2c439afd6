import { attrsOf, type JsonNode } from '../../../../shared/derive/docWalk'
import { normaliseInitiativeAttrs } from '../../../../shared/derive/initiatives'
import { initiativeFieldRows } from '../../../../shared/export/initiativeFields'
import type { ExportContext } from './context'
import { headingParagraph } from './heading'
import { textStyle, type BlockEnv } from './paragraph'
import { childBlocks, type Block } from './blocks'
import { composedTable, splitWidth } from './tableKit'
import { run, textParagraph } from './xml'

/**
 * An initiative: a heading one level below the section it is in, a compact table of its fields
 * (shared/export/initiativeFields.ts, as the PDF has them), then its description.
 */
export function initiative(node: JsonNode, ctx: ExportContext, env: BlockEnv): Block[] {
  const a = normaliseInitiativeAttrs(attrsOf(node))
  const { labels, lang } = ctx
  const title = a.title || labels.untitledInitiative
  const head =
    env.cell || env.quote
      ? textParagraph(textStyle(env), title, { bold: true })
      : headingParagraph(Math.min(6, ctx.state.sectionLevel + 1), run(title), title, ctx)
  const rows = initiativeFieldRows(a, labels, lang, ctx.catalogue)
  const width = env.cell ? Math.round(ctx.textWidthTwips / 2) : ctx.textWidthTwips
  const fields = composedTable({ rows, widths: splitWidth(width, [3, 7]), labelColumn: true })
  ctx.state.afterTable = true
  const out = [head, fields]
  for (const b of childBlocks(node, ctx, env)) out.push(b)
  return out
}
