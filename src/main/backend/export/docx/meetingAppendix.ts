import type { MeetingRecord } from '../../../../shared/model/meeting'
import type { ExportContext } from './context'
import type { Block } from './blocks'
import { composedTable } from './tableKit'
import { headingParagraph } from './heading'
import { longDate } from './labels'
import { paragraph, run } from './xml'
import { tally } from '../../meeting/meetingRules'

/**
 * "Referat af borgermøde": the meeting's record at the end of the Word file: when it was, every
 * idea the facilitator did not hide with its dots (most first), the ideas merged into each, and
 * which went into the plan. Text only, as everywhere the ideas are shown.
 */
export function meetingAppendix(record: MeetingRecord, ctx: ExportContext): Block[] {
  const l = ctx.labels.meeting
  const dots = tally(record)
  const roots = record.ideas.filter((i) => !i.mergedInto && !i.hidden)
  const ranked = roots
    .map((idea, at) => ({ idea, at, dots: dots[idea.id] ?? 0 }))
    .sort((a, b) => b.dots - a.dots || a.at - b.at)
  const mergedInto = (id: string) => record.ideas.filter((m) => m.mergedInto === id && !m.hidden)
  const hidden = record.ideas.filter((i) => i.hidden).length
  const voters = Object.values(record.votes).filter((v) => Object.values(v).some((n) => n > 0)).length
  const date = longDate(new Date(record.startedAt), ctx.lang)

  const out: Block[] = [
    headingParagraph(1, run(l.heading), l.heading, ctx),
    paragraph({ keepNext: true }, run(`${l.intro(date)} ${l.voters(voters)}`)),
  ]
  if (ranked.length) {
    out.push(
      composedTable({
        header: [l.number, l.idea, l.section, l.dots, l.inPlan],
        rows: ranked.map(({ idea, dots: n }, i) => {
          const merged = mergedInto(idea.id).map((m) => `»${m.text}«`)
          const text = merged.length ? `${idea.text} (${l.merged(merged.join(', '))})` : idea.text
          return [String(i + 1), text, idea.section ?? '', String(n), idea.inPlan ? l.yes : '']
        }),
        width: ctx.textWidthTwips,
        caption: l.ideasCaption,
      }),
    )
  }
  const groups = ranked.filter(({ idea }) => mergedInto(idea.id).length > 0)
  if (groups.length) {
    out.push(paragraph({ keepNext: true, spacingBefore: 200 }, run(l.groupsIntro)))
    for (const { idea } of groups) {
      const merged = mergedInto(idea.id).map((m) => `»${m.text}«`)
      out.push(paragraph({}, run(`»${idea.text}«: ${merged.join(', ')}`)))
    }
  }
  const inPlan = record.ideas.filter((i) => i.inPlan)
  out.push(
    paragraph(
      { keepNext: inPlan.length > 0, spacingBefore: 200 },
      run(inPlan.length ? l.intoPlanIntro : l.nothingInPlan),
    ),
  )
  for (const idea of inPlan) out.push(paragraph({}, run(`– ${idea.text}`)))
  if (hidden) out.push(paragraph({ spacingBefore: 200 }, run(l.hidden(hidden))))
  return out
}
