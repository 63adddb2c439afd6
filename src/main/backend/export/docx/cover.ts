import { Paragraph, TextRun } from 'docx'
import type { PlanMeta } from '../../../../shared/model/plan'
import type { Labels } from './labels'
import { STYLE } from './styles'

/**
 * The cover page. The plan title is in Word's Title style, not Heading 1: it names the document
 * rather than opening its first chapter, so the outline starts at the plan's own first heading.
 */
export function cover(meta: PlanMeta, labels: Labels, date: string, reviewCopy: boolean): Paragraph[] {
  const line = (label: string, value: string) =>
    new Paragraph({
      style: STYLE.coverMeta,
      children: [new TextRun({ text: `${label}: `, bold: true }), new TextRun(value)],
    })
  const out = [new Paragraph({ style: STYLE.coverTitle, children: [new TextRun(meta.title)] })]
  const subtitle = [meta.council.trim(), reviewCopy ? labels.reviewCopy : ''].filter(Boolean).join(' · ')
  out.push(new Paragraph({ style: STYLE.coverSubtitle, children: [new TextRun(subtitle || labels.subject)] }))
  if (meta.villages.length) out.push(line(labels.cover.villages, meta.villages.join(', ')))
  if (meta.municipality.trim()) out.push(line(labels.cover.municipality, meta.municipality.trim()))
  if (meta.versionLabel.trim()) out.push(line(labels.cover.version, meta.versionLabel.trim()))
  out.push(line(labels.cover.date, date))
  return out
}
