import { attrsOf, type JsonNode } from '../../../../shared/derive/docWalk'
import { normaliseInitiativeAttrs } from '../../../../shared/derive/initiatives'
import type { ExportContext } from './context'
import { headingParagraph } from './heading'
import { contentWidth, textStyle, type BlockEnv } from './paragraph'
import { childBlocks, type Block } from './blocks'
import { focusAreaNames } from './focusLabel'
import { composedTable } from './tableKit'
import { amountText, periodText } from './unbroken'
import { run, textParagraph } from './xml'

const EMPTY = '–'

/**
 * An initiative: a heading one level below the section it is in, a compact table of its fields,
 * then its description. Empty fields show a dash rather than vanishing, because a consultant
 * reading a funding application wants to see what is still missing. The fields are a real
 * two-column table with a header row (what Word's accessibility checker asks of every table) that
 * keeps together on one page, with the heading before it (Heading styles keep with the next).
 */
export function initiative(node: JsonNode, ctx: ExportContext, env: BlockEnv): Block[] {
  const a = normaliseInitiativeAttrs(attrsOf(node))
  const { labels, lang } = ctx
  const f = labels.fields
  const title = a.title || labels.untitledInitiative
  if (!env.cell && !env.quote) ctx.state.section = title
  const head =
    env.cell || env.quote
      ? textParagraph(textStyle(env), title, { bold: true })
      : headingParagraph(Math.min(6, ctx.state.sectionLevel + 1), run(title), title, ctx)
  const or = (s: string) => s || EMPTY
  const rows: [string, string][] = [
    [f.status, labels.status[a.status]],
    [f.lead, or(a.lead)],
    [f.group, or(a.group)],
    [f.period, or(periodText(a.start, a.end, lang))],
    [f.budget, or(amountText(a.budget, lang))],
    [f.ownFunding, or(amountText(a.ownFundingKr, lang))],
    [f.volunteerHours, a.volunteerHours != null ? labels.hours(a.volunteerHours) : EMPTY],
    [f.funding, or(a.fundingSources.join(', '))],
    [f.focusAreas, or(focusAreaNames(a.focusAreas, ctx.catalogue).join('; '))],
  ]
  const fields = composedTable({
    header: [labels.keyValue.field, labels.keyValue.value],
    rows,
    width: contentWidth(ctx, env),
    labelColumn: true,
    keepTogether: true,
    caption: labels.captions.initiative(title),
  })
  ctx.state.afterTable = true
  const out = [head, fields]
  for (const b of childBlocks(node, ctx, env)) out.push(b)
  return out
}
