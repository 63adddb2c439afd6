import { actionPlanRows } from '../../../../shared/derive/actionPlan'
import type { ExportContext } from './context'
import type { Block } from './blocks'
import { contentWidth, type BlockEnv } from './paragraph'
import { STYLE } from './styles'
import { composedTable } from './tableKit'
import { amountText, periodText } from './unbroken'
import { textParagraph } from './xml'

/**
 * "Handlingsplan": computed from the initiatives with the same shared function the editor's block
 * uses, so the Word table and the screen never disagree. A total row closes it when any budget is
 * known. Amounts are right-aligned and never wrap; the other columns are as wide as their words
 * need, so a narrow review copy wraps between words, not inside them.
 */
export function actionPlan(ctx: ExportContext, env: BlockEnv): Block[] {
  const rows = actionPlanRows(ctx.doc, ctx.lang)
  if (rows.length === 0) {
    return [textParagraph(STYLE.note, ctx.labels.noInitiatives)]
  }
  const h = ctx.labels.actionPlan
  const body = rows.map((r) => [
    r.what,
    r.who,
    periodText(r.initiative.attrs.start, r.initiative.attrs.end, ctx.lang),
    amountText(r.budget, ctx.lang),
    r.funding,
    ctx.labels.status[r.status],
  ])
  const budgets = rows.filter((r) => r.budget != null)
  if (budgets.length) {
    const sum = budgets.reduce((s, r) => s + (r.budget ?? 0), 0)
    body.push([ctx.labels.total, '', '', amountText(sum, ctx.lang), '', ''])
  }
  return [
    composedTable({
      header: [h.what, h.who, h.when, h.budget, h.funding, h.status],
      rows: body,
      width: contentWidth(ctx, env),
      columns: [{}, {}, {}, { align: 'right', noWrap: true }, {}, {}],
      caption: ctx.labels.captions.actionPlan,
    }),
  ]
}
