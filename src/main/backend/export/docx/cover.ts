import { Paragraph, TextRun } from 'docx'
import type { PlanMeta } from '../../../../shared/model/plan'
import { coverLines } from '../../../../shared/export/coverLines'
import type { Labels } from './labels'
import { STYLE } from './styles'

/**
 * The cover page. The plan title is in Word's Title style, not Heading 1: it names the document
 * rather than opening its first chapter, so the outline starts at the plan's own first heading.
 */
export function cover(meta: PlanMeta, labels: Labels, date: string, reviewCopy: boolean): Paragraph[] {
  const { title, subtitle, lines } = coverLines(meta, labels, date, reviewCopy)
  const line = (label: string, value: string) =>
    new Paragraph({
      style: STYLE.coverMeta,
      children: [new TextRun({ text: `${label}: `, bold: true }), new TextRun(value)],
    })
  return [
    new Paragraph({ style: STYLE.coverTitle, children: [new TextRun(title)] }),
    new Paragraph({ style: STYLE.coverSubtitle, children: [new TextRun(subtitle)] }),
    ...lines.map(([label, value]) => line(label, value)),
  ]
}
