import { KeyFigureTable } from '../../../shared/model/keyFigures'
import type { SurveyQuestion, SurveyRead } from '../../../shared/model/datapakke'
import { smallCounts, type GridCell } from '../../../shared/derive/gridToKeyFigures'

/**
 * A survey export (one row per respondent, one column per question) to its questions. The tools'
 * own columns (Microsoft Forms' ID/Start time/Completion time/Email/Name, Google Forms'
 * Tidsstempel/Timestamp, SurveyXact's respondentid/status/created/closetime, Enalyzer's
 * RespondentID/Status/Started/Completed) tell the tool and are not questions. A question with few
 * distinct answers is closed and becomes counts and percentages; a multiple-choice cell ("a;b;" in
 * Forms, "a, b" in Google) counts once for each choice. Any other question is open: its answers are
 * a list to take into the plan as quotes.
 */
const TOOL_COLUMNS: { tool: SurveyRead['tool']; columns: RegExp[]; needs: number }[] = [
  {
    tool: 'microsoft-forms',
    columns: [
      /^id$/i,
      /^(start time|starttidspunkt)$/i,
      /^(completion time|tidspunkt for fuldførelse)$/i,
      /^(email|mail)$/i,
      /^(name|navn)$/i,
      /^(last modified time|tidspunkt for seneste ændring)$/i,
    ],
    needs: 3,
  },
  {
    tool: 'google-forms',
    columns: [/^(tidsstempel|timestamp)$/i, /^(e-mailadresse|email address)$/i],
    needs: 1,
  },
  {
    tool: 'surveyxact',
    columns: [/^respondentid$/i, /^statusid$/, /^status$/i, /^created$/i, /^closetime$/i, /^starttime$/i],
    needs: 3,
  },
  {
    tool: 'enalyzer',
    columns: [/^respondent ?id$/i, /^status$/i, /^started$/i, /^completed$/i, /^respondent language$/i],
    needs: 3,
  },
]

/** Closed questions have at most this many distinct answers. */
const MAX_CHOICES = 15

export function surveyTool(headings: string[]): SurveyRead['tool'] {
  for (const t of TOOL_COLUMNS) {
    const hits = headings.filter((h) => t.columns.some((re) => re.test(h.trim()))).length
    if (hits >= t.needs) return t.tool
  }
  return 'unknown'
}

const isMeta = (heading: string) => TOOL_COLUMNS.some((t) => t.columns.some((re) => re.test(heading.trim())))

const text = (c: GridCell | undefined): string =>
  c === null || c === undefined ? '' : c instanceof Date ? c.toISOString().slice(0, 10) : String(c).trim()

export function readSurvey(grid: GridCell[][], name: string): SurveyRead {
  const headings = (grid[0] ?? []).map((c) => text(c))
  const tool = surveyTool(headings)
  const body = grid.slice(1).filter((r) => r.some((c) => text(c) !== ''))
  const questionColumns = headings.map((h, i) => ({ h, i })).filter(({ h }) => h !== '' && !isMeta(h))
  const answered = body.filter((r) => questionColumns.some(({ i }) => text(r[i]) !== ''))
  const questions = questionColumns.map(({ h, i }) =>
    readQuestion(
      h,
      answered.map((r) => text(r[i])),
      tool,
      name,
    ),
  )
  return { name, tool, respondents: answered.length, questions: questions.filter((q) => q.respondents > 0) }
}

function readQuestion(
  question: string,
  cells: string[],
  tool: SurveyRead['tool'],
  fileName: string,
): SurveyQuestion {
  const answers = cells.filter((c) => c !== '')
  const single = countChoices(answers, null)
  const split = splitterFor(answers, tool)
  const multi = split ? countChoices(answers, split) : null
  const respondents = answers.length
  // Closed: few distinct answers, and answers repeat (a free-text question's answers rarely do).
  const closedLimit = Math.max(2, Math.min(MAX_CHOICES, Math.floor(respondents * 0.7)))
  const pick =
    multi && multi.size <= closedLimit && multi.size < single.size
      ? { counts: multi, multiple: true }
      : { counts: single, multiple: false }
  if (
    pick.counts.size > closedLimit ||
    respondents === 0 ||
    (respondents > 3 && pick.counts.size === respondents)
  ) {
    return { kind: 'open', question: question.slice(0, 300), respondents, answers }
  }
  const labels = [...pick.counts.keys()]
  const numeric = labels.every((l) => /^-?\d+(?:[.,]\d+)?$/.test(l))
  labels.sort(
    numeric
      ? (a, b) => parseFloat(a.replace(',', '.')) - parseFloat(b.replace(',', '.'))
      : (a, b) => (pick.counts.get(b) ?? 0) - (pick.counts.get(a) ?? 0),
  )
  const table = KeyFigureTable.parse({
    title: question.slice(0, 300),
    source: `Kilde: ${fileName}, ${respondents} besvarelser`.slice(0, 500),
    labelHeading: 'Svar',
    columns: ['Antal', 'Procent'],
    unit: '',
    rows: labels.map((label) => {
      const count = pick.counts.get(label) ?? 0
      return { label: label.slice(0, 200), values: [count, Math.round((count / respondents) * 1000) / 10] }
    }),
    chart: 'bars',
  })
  return {
    kind: 'closed',
    question: question.slice(0, 300),
    multiple: pick.multiple,
    respondents,
    table,
    flagged: smallCounts(table),
  }
}

/** How a multiple-choice cell lists its choices: Forms and SurveyXact with ";", Google with ", ". */
function splitterFor(answers: string[], tool: SurveyRead['tool']): RegExp | null {
  if (answers.some((a) => a.includes(';'))) return /;/
  if (tool === 'google-forms' && answers.some((a) => a.includes(', '))) return /, /
  return null
}

function countChoices(answers: string[], split: RegExp | null): Map<string, number> {
  const counts = new Map<string, number>()
  for (const a of answers) {
    const choices = split
      ? new Set(
          a
            .split(split)
            .map((c) => c.trim())
            .filter(Boolean),
        )
      : [a]
    for (const c of choices) counts.set(c, (counts.get(c) ?? 0) + 1)
  }
  return counts
}
