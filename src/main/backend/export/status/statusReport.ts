import {
  AlignmentType,
  Document,
  Footer,
  Header,
  PageNumber,
  HeadingLevel,
  Packer,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
} from 'docx'
import type { Lang } from '../../../../shared/derive/format'
import { formatKr, formatMonthRange } from '../../../../shared/derive/format'
import type { StatusSide, YearlyStatusRow } from '../../../../shared/derive/yearlyStatus'
import { formatDay } from '../../../../shared/format/dates'
import { MONTH_NAMES } from '../../../../shared/format/months'
import { t } from '../../../../shared/i18n/translate'

export type StatusReportInput = {
  planTitle: string
  version: { name: string; createdAt: string }
  rows: YearlyStatusRow[]
  comments: Record<string, string>
  lang: Lang
  date: Date
}

const day = (iso: string) => new Date(iso.length === 10 ? `${iso}T12:00:00` : iso)

/** "Status for udviklingsplanen, oktober 2027": the report's title, from the day it is made. */
export function statusReportTitle(date: Date, lang: Lang): string {
  const month = `${MONTH_NAMES[lang][date.getMonth()]} ${date.getFullYear()}`
  return t(lang, 'versions:yearly.reportTitle', { month })
}

function sideTexts(s: StatusSide | null, lang: Lang, since: string | null = null) {
  const none = t(lang, 'versions:yearly.notInPlan')
  if (!s) return { status: none, period: none, budget: none }
  const status = t(lang, `focus:status.${s.status}`)
  return {
    status: since
      ? `${status} (${t(lang, 'versions:yearly.since', { date: formatDay(day(since), lang) })})`
      : status,
    period: formatMonthRange(s.start, s.end, lang) || t(lang, 'versions:yearly.none'),
    budget: s.budget == null ? t(lang, 'versions:yearly.none') : formatKr(s.budget, lang),
  }
}

const cell = (text: string, bold = false) =>
  new TableCell({ children: [new Paragraph({ children: [new TextRun({ text, bold })] })] })

/** One initiative's then-and-now: status, period and budget, each field that changed in bold. */
function initiativeTable(row: YearlyStatusRow, lang: Lang): Table {
  const then = sideTexts(row.then, lang)
  const now = sideTexts(row.now, lang, row.now?.since ?? null)
  const col = (k: 'field' | 'then' | 'now') => t(lang, `versions:yearly.columns.${k}`)
  const line = (k: 'status' | 'period' | 'budget', changed: boolean) =>
    new TableRow({
      children: [cell(t(lang, `versions:yearly.fields.${k}`), true), cell(then[k]), cell(now[k], changed)],
    })
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    rows: [
      new TableRow({
        tableHeader: true,
        children: [cell(col('field'), true), cell(col('then'), true), cell(col('now'), true)],
      }),
      line('status', row.changed.status),
      line('period', row.changed.dates),
      line('budget', row.changed.budget),
    ],
  })
}

/**
 * "Status for udviklingsplanen, oktober 2027", for the dialogue meeting: the plan now against the
 * version last sent to the municipality, a count of what happened, then each initiative with its
 * status, period and budget then and now, and the council's comment. Built with docx's own
 * document model: a short report needs none of the plan export's body walker.
 */
export async function statusReportDocx(input: StatusReportInput): Promise<Uint8Array> {
  const { lang, rows } = input
  const title = statusReportTitle(input.date, lang)
  const count = (k: YearlyStatusRow['kind']) => rows.filter((r) => r.kind === k).length
  const children: (Paragraph | Table)[] = [
    new Paragraph({ heading: HeadingLevel.TITLE, children: [new TextRun(title)] }),
    new Paragraph(
      t(lang, 'versions:yearly.reportIntro', {
        plan: input.planTitle,
        today: formatDay(input.date, lang),
        name: input.version.name,
        date: formatDay(day(input.version.createdAt), lang),
      }),
    ),
    new Paragraph(
      t(lang, 'versions:yearly.summary', {
        new: count('new'),
        done: count('done'),
        paused: count('paused'),
        changed: count('changed'),
        dropped: count('dropped'),
        same: count('same'),
      }),
    ),
  ]
  if (rows.length === 0) children.push(new Paragraph(t(lang, 'versions:yearly.empty')))
  for (const row of rows) {
    children.push(
      new Paragraph({ heading: HeadingLevel.HEADING_1, children: [new TextRun(row.title)] }),
      new Paragraph({
        children: [
          new TextRun({ text: `${t(lang, 'versions:yearly.columns.what')}: `, bold: true }),
          new TextRun(t(lang, `versions:yearly.kinds.${row.kind}`)),
        ],
      }),
      initiativeTable(row, lang),
    )
    const comment = input.comments[row.id]?.trim()
    if (comment) {
      children.push(
        new Paragraph({
          spacing: { before: 120 },
          children: [
            new TextRun({ text: `${t(lang, 'versions:yearly.comment')}: `, bold: true }),
            new TextRun(comment),
          ],
        }),
      )
    }
  }
  const doc = new Document({
    creator: 'Planværksted',
    title,
    styles: { default: { document: { run: { font: 'Calibri', size: 22 } } } },
    sections: [
      {
        // The plan's name on every page and the page number below, as the plan's own export has them.
        headers: {
          default: new Header({
            children: [
              new Paragraph({
                alignment: AlignmentType.RIGHT,
                children: [new TextRun({ text: input.planTitle, size: 18 })],
              }),
            ],
          }),
        },
        footers: {
          default: new Footer({
            children: [
              new Paragraph({
                alignment: AlignmentType.CENTER,
                children: [new TextRun({ children: [PageNumber.CURRENT], size: 18 })],
              }),
            ],
          }),
        },
        children,
      },
    ],
  })
  return new Uint8Array(await Packer.toBuffer(doc))
}
