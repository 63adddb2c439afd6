import type { PlanMeta } from '../model/plan'
import type { Labels } from './labels'

/** What the cover page says, in the Word file and the PDF alike: the title, the council (or what
 * the plan is), and the lines about villages, municipality, version and date that are filled in. */
export function coverLines(
  meta: Pick<PlanMeta, 'title' | 'council' | 'villages' | 'municipality' | 'versionLabel'>,
  labels: Labels,
  date: string,
  reviewCopy: boolean,
) {
  const subtitle = [meta.council.trim(), reviewCopy ? labels.reviewCopy : ''].filter(Boolean).join(' · ')
  const lines: [string, string][] = []
  if (meta.villages.length) lines.push([labels.cover.villages, meta.villages.join(', ')])
  if (meta.municipality.trim()) lines.push([labels.cover.municipality, meta.municipality.trim()])
  if (meta.versionLabel.trim()) lines.push([labels.cover.version, meta.versionLabel.trim()])
  lines.push([labels.cover.date, date])
  return { title: meta.title, subtitle: subtitle || labels.subject, lines }
}
