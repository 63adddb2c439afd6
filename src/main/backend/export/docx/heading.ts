import { attrsOf, type JsonNode } from '../../../../shared/derive/docWalk'
import type { ExportContext } from './context'
import { inlineRuns, plainText } from './inline'
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

/**
 * A heading in Word's own Heading 1-3 styles. A heading never sits more than one level below the
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
  const wanted = (attrsOf(node).level as number | undefined) ?? 1
  const level = Math.min(wanted, ctx.state.sectionLevel + 1)
  ctx.state.sectionLevel = level
  return [headingParagraph(level, runs, plainText(node), ctx)]
}
