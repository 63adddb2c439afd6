import { HeadingLevel, Paragraph } from 'docx'
import { attrsOf, type JsonNode } from '../../../../shared/derive/docWalk'
import type { ExportContext } from './context'
import { inlineRuns } from './inline'
import { textStyle, type BlockEnv } from './paragraph'

const LEVELS = [
  HeadingLevel.HEADING_1,
  HeadingLevel.HEADING_1,
  HeadingLevel.HEADING_2,
  HeadingLevel.HEADING_3,
  HeadingLevel.HEADING_4,
  HeadingLevel.HEADING_5,
  HeadingLevel.HEADING_6,
] as const

export function headingLevel(level: number) {
  return LEVELS[Math.max(1, Math.min(6, level))]
}

/**
 * A heading in Word's own Heading 1-3 styles. A heading never sits more than one level below the
 * one before it (an H3 straight after an H1 becomes an H2), so the outline, the table of contents
 * and a screen reader's heading list have no holes. Inside a table or quote it is bold text
 * instead: a heading there would break the outline.
 */
export function heading(node: JsonNode, ctx: ExportContext, env: BlockEnv): Paragraph[] {
  if (env.cell || env.quote) {
    const runs = inlineRuns(node, { bold: true })
    return runs.length ? [new Paragraph({ style: textStyle(env), children: runs })] : []
  }
  const runs = inlineRuns(node)
  if (runs.length === 0) return []
  const raw = attrsOf(node).level
  const wanted =
    typeof raw === 'number' && Number.isFinite(raw) ? Math.max(1, Math.min(3, Math.round(raw))) : 1
  const level = Math.min(wanted, ctx.state.sectionLevel + 1)
  ctx.state.sectionLevel = level
  return [new Paragraph({ heading: headingLevel(level), children: runs })]
}
