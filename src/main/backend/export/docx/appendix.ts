import type { Catalogue } from '../../../../shared/model/catalogue'
import type { ExportContext } from './context'
import type { Block } from './blocks'
import { composedTable, splitWidth } from './tableKit'
import { headingParagraph } from './heading'
import { paragraph, run } from './xml'
import { appendixRows } from '../../../../shared/export/appendixRows'

/**
 * The appendix that names the focus-area catalogue the plan is linked to and where it comes from,
 * so a consultant can check the links against the policy the council used (it may be an older one).
 */
export function appendix(catalogue: Catalogue, ctx: ExportContext): Block[] {
  const l = ctx.labels.appendix
  const { source, header, areas } = appendixRows(catalogue, ctx.labels)
  const out: Block[] = [
    headingParagraph(1, run(l.heading), l.heading, ctx),
    paragraph({ keepNext: true }, run(l.intro)),
    composedTable({ rows: source, widths: splitWidth(ctx.textWidthTwips, [3, 7]), labelColumn: true }),
  ]
  if (areas.length) {
    // Also keeps the two tables apart: Word joins tables that touch.
    out.push(paragraph({ keepNext: true, spacingBefore: 200 }, run(l.areasIntro)))
    out.push(
      composedTable({
        header,
        rows: areas,
        widths: splitWidth(ctx.textWidthTwips, [8, 32, 60]),
      }),
    )
  }
  return out
}
