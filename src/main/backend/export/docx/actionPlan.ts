import { actionPlanRows } from '../../../../shared/derive/actionPlan'
import { formatKr } from '../../../../shared/derive/format'
import type { ExportContext } from './context'
import type { Block } from './blocks'
import { STYLE } from './styles'
import { composedTable, splitWidth } from './tableKit'
import { textParagraph } from './xml'

/**
 * "Handlingsplan": computed from the initiatives with the same shared function the editor's block
 * uses, so the Word table and the screen never disagree. A total row closes it when any budget is known.
 */
/** An amount never breaks between number and "kr." in a narrow column. */
const kr = (n: number | null, lang: ExportContext['lang']) => formatKr(n, lang).replace(/ /g, '\u00a0')

export function actionPlan(ctx: ExportContext): Block[] {
  const rows = actionPlanRows(ctx.doc, ctx.lang)
  if (rows.length === 0) {
    return [textParagraph(STYLE.note, ctx.labels.noInitiatives)]
  }
  const h = ctx.labels.actionPlan
  const body = rows.map((r) => [
    r.what,
    r.who,
    r.when,
    kr(r.budget, ctx.lang),
    r.funding,
    ctx.labels.status[r.status],
  ])
  const budgets = rows.filter((r) => r.budget != null)
  if (budgets.length) {
    const sum = budgets.reduce((s, r) => s + (r.budget ?? 0), 0)
    body.push([ctx.labels.total, '', '', kr(sum, ctx.lang), '', ''])
  }
  return [
    composedTable({
      header: [h.what, h.who, h.when, h.budget, h.funding, h.status],
      rows: body,
      widths: splitWidth(ctx.textWidthTwips, [21, 19, 14, 13, 21, 12]),
    }),
  ]
}
