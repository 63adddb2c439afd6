import type { Catalogue } from '../../../../shared/model/catalogue'
import type { ExportContext } from './context'
import type { Block } from './blocks'
import { composedTable } from './tableKit'
import { headingParagraph } from './heading'
import { paragraph, run } from './xml'

/**
 * The appendix that names the focus-area catalogue the plan is linked to and where it comes from,
 * so a consultant can check the links against the policy the council used (it may be an older one).
 */
export function appendix(catalogue: Catalogue, ctx: ExportContext): Block[] {
  const l = ctx.labels.appendix
  const source: [string, string][] = (
    [
      [l.municipality, catalogue.municipality],
      [l.title, catalogue.title],
      [l.adopted, catalogue.adopted],
      [l.version, catalogue.version],
      [l.goal, catalogue.goal],
      [l.source, catalogue.source],
    ] as [string, string][]
  ).filter(([, v]) => v.trim() !== '')
  const out: Block[] = [
    headingParagraph(1, run(l.heading), l.heading, ctx),
    paragraph({ keepNext: true }, run(l.intro)),
    composedTable({
      header: [ctx.labels.keyValue.field, ctx.labels.keyValue.value],
      rows: source,
      width: ctx.textWidthTwips,
      labelColumn: true,
      caption: ctx.labels.captions.source,
    }),
  ]
  if (catalogue.focusAreas.length) {
    // Also keeps the two tables apart: Word joins tables that touch.
    out.push(paragraph({ keepNext: true, spacingBefore: 200 }, run(l.areasIntro)))
    out.push(
      composedTable({
        header: [l.number, l.focusArea, l.description],
        rows: catalogue.focusAreas.map((a) => [
          a.number != null ? String(a.number) : '',
          a.title,
          a.description,
        ]),
        width: ctx.textWidthTwips,
        caption: ctx.labels.captions.areas,
      }),
    )
  }
  return out
}
