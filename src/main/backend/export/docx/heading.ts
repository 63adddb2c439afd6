import { asNode, attrsOf, childrenOf, type JsonNode } from '../../../../shared/derive/docWalk'
import type { DocJSON } from '../../../../shared/model/plan'
import type { ExportContext } from './context'
import { inlineRuns, headingLineText } from './inline'
import { textStyle, type BlockEnv } from './paragraph'
import { paragraph } from './xml'

/** The table of contents lists Heading 1-3 (its field says \o "1-3"). */
const TOC_LEVELS = 3

/**
 * A paragraph in Word's own HeadingN style. Levels 1-3 are bookmarked and listed in the table of
 * contents, which links to them; a heading without visible text is not listed, as in Word.
 */
export function headingParagraph(level: number, runs: string, title: string, ctx: ExportContext): string {
  const style = `Heading${Math.max(1, Math.min(6, level))}`
  if (level > TOC_LEVELS || title.trim() === '') return paragraph({ style }, runs)
  const id = ctx.refs.toc.length + 1
  ctx.refs.toc.push({ title, level, bookmark: id })
  return paragraph(
    { style },
    `<w:bookmarkStart w:name="_Toc${id}" w:id="${id}"/>${runs}<w:bookmarkEnd w:id="${id}"/>`,
  )
}

const levelOf = (node: JsonNode) => (attrsOf(node).level as number | undefined) ?? 1

/**
 * How many levels every heading moves up so the highest one the plan uses becomes Heading 1: a
 * plan written all in Heading 2 is an outline of equals, not one chapter with the rest inside it.
 * Only headings that are written as headings count (at the top of the plan, with text; one in a
 * table, a quote or a list is bold text).
 */
export function headingShiftOf(doc: DocJSON): number {
  let highest = Infinity
  const root = asNode(doc)
  for (const n of root ? childrenOf(root) : []) {
    if (n.type === 'heading' && headingLineText(n).trim() !== '') highest = Math.min(highest, levelOf(n))
  }
  return Number.isFinite(highest) ? Math.max(0, highest - 1) : 0
}

/**
 * A heading in Word's own Heading 1-3 styles, all levels moved up together so the plan's highest
 * is Heading 1 (headingShiftOf). A heading never sits more than one level below the
 * one before it (an H3 straight after an H1 becomes an H2), so the outline, the table of contents
 * and a screen reader's heading list have no holes. Inside a table or quote it is bold text
 * instead: a heading there would break the outline.
 */
export function heading(node: JsonNode, ctx: ExportContext, env: BlockEnv): string[] {
  if (env.cell || env.quote) {
    const runs = inlineRuns(node, ctx.refs, { bold: true })
    return runs ? [paragraph({ style: textStyle(env), align: env.align }, runs)] : []
  }
  const runs = inlineRuns(node, ctx.refs)
  if (!runs) return []
  // checkDocument lets only the schema's levels (1-3) into a plan; unset means 1.
  ctx.state.headingShift ??= headingShiftOf(ctx.doc)
  const wanted = Math.max(1, levelOf(node) - ctx.state.headingShift)
  const level = Math.min(wanted, ctx.state.sectionLevel + 1)
  ctx.state.sectionLevel = level
  ctx.state.section = headingLineText(node).trim()
  return [headingParagraph(level, runs, headingLineText(node), ctx)]
}
