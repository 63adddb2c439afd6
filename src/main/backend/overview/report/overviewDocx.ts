import {
  AlignmentType,
  Document,
  Footer,
  Header,
  PageNumber,
  HeadingLevel,
  Packer,
  PageOrientation,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
} from 'docx'
import { t } from '../../../../shared/i18n/translate'
import { formatKr } from '../../../../shared/derive/format'
import { formatDay } from '../../../../shared/format/dates'
import { STYLE, styles } from '../../export/docx/styles'
import type { ReportData } from './reportData'
import type { OverviewRow } from '../../../../shared/derive/overview'

/** A4 landscape, 2 cm margins: the matrix has a column per focus area. */
const PAGE = { width: 16838, height: 11906, margin: 1134 }
const TEXT_WIDTH = PAGE.width - 2 * PAGE.margin

const para = (text: string, style: string = STYLE.tableText, bold = false) =>
  new Paragraph({ style, children: [new TextRun({ text, bold })] })

function table(
  header: string[],
  body: string[][],
  widths: number[],
  numeric: Set<number> = new Set(),
): Table {
  const total = widths.reduce((a, b) => a + b, 0)
  const dxa = widths.map((w) => Math.floor((w / total) * TEXT_WIDTH))
  const cell = (text: string, i: number, head: boolean) =>
    new TableCell({
      width: { size: dxa[i], type: WidthType.DXA },
      children: [
        new Paragraph({
          style: head ? STYLE.tableHeading : STYLE.tableText,
          alignment: numeric.has(i) ? AlignmentType.RIGHT : AlignmentType.LEFT,
          children: [new TextRun(text)],
        }),
      ],
    })
  return new Table({
    width: { size: dxa.reduce((a, b) => a + b, 0), type: WidthType.DXA },
    columnWidths: dxa,
    rows: [
      new TableRow({ tableHeader: true, children: header.map((h, i) => cell(h, i, true)) }),
      ...body.map((r) => new TableRow({ cantSplit: true, children: r.map((c, i) => cell(c, i, false)) })),
    ],
  })
}

const villagesText = (v: string[]) => v.join(', ')

/**
 * The Word report for the finance committee: a summary (plans, initiatives, budget, own
 * financing, what is asked of the municipality, the gaps, the plans on an older catalogue), the
 * matrix of plans against focus areas, and per focus area its initiatives with village and
 * amount. Built with docx in the export's own styles, so it reads like the plans' Word files.
 */
export async function overviewDocx(d: ReportData): Promise<Uint8Array> {
  const { lang, catalogue, totals, matrix } = d
  const kr = (n: number | null) => formatKr(n, lang)
  const status = (r: OverviewRow) => t(lang, `focus:status.${r.status}`)
  const body: (Paragraph | Table)[] = []

  body.push(
    new Paragraph({
      heading: HeadingLevel.TITLE,
      children: [new TextRun(t(lang, 'overview:export.wordTitle'))],
    }),
  )
  body.push(
    para(
      t(lang, 'overview:export.wordSubtitle', {
        catalogue: `${catalogue.municipality}: ${catalogue.title}`,
        version: catalogue.version,
        date: formatDay(d.date, lang),
      }),
      STYLE.coverMeta,
    ),
  )

  body.push(
    new Paragraph({
      heading: HeadingLevel.HEADING_1,
      children: [new TextRun(t(lang, 'overview:summary.heading'))],
    }),
  )
  body.push(
    table(
      [
        t(lang, 'overview:summary.plans'),
        t(lang, 'overview:summary.initiatives'),
        t(lang, 'overview:summary.budget'),
        t(lang, 'overview:summary.own'),
        t(lang, 'overview:summary.asked'),
      ],
      [
        [
          String(d.entries.length),
          String(totals.count),
          kr(totals.budget),
          kr(totals.ownFundingKr),
          kr(totals.askedKr),
        ],
      ],
      [1, 1, 2, 2, 2],
      new Set([0, 1, 2, 3, 4]),
    ),
  )
  body.push(
    new Paragraph({
      heading: HeadingLevel.HEADING_2,
      children: [new TextRun(t(lang, 'overview:summary.gaps'))],
    }),
  )
  body.push(
    para(
      d.gaps.length ? d.gaps.map((g) => g.title).join(', ') : t(lang, 'overview:summary.noGaps'),
      STYLE.note,
    ),
  )
  if (matrix.unlinked)
    body.push(para(t(lang, 'overview:summary.unlinked', { count: matrix.unlinked }), STYLE.note))

  const older = d.standings.filter((s) => s.standing.kind === 'older')
  if (older.length) {
    body.push(
      new Paragraph({
        heading: HeadingLevel.HEADING_2,
        children: [new TextRun(t(lang, 'overview:export.olderHeading'))],
      }),
    )
    for (const { entry, standing } of older) {
      if (standing.kind !== 'older') continue
      const u = standing.upgrade
      const lines = [
        u.added.length
          ? t(lang, 'overview:plans.upgradeAdded', { list: u.added.map((a) => a.title).join(', ') })
          : '',
        u.removed.length
          ? t(lang, 'overview:plans.upgradeRemoved', {
              list: u.removed.map((r) => r.area.title).join(', '),
              count: u.brokenLinks,
            })
          : '',
        ...u.renamed.map((r) => t(lang, 'overview:plans.upgradeRenamed', { from: r.from, to: r.to })),
      ].filter(Boolean)
      body.push(
        para(
          `${entry.title} (${t(lang, 'overview:plans.older', { version: standing.version })})`,
          STYLE.tableText,
          true,
        ),
      )
      for (const line of lines.length ? lines : [t(lang, 'overview:plans.upgradeNone')])
        body.push(para(line, STYLE.note))
    }
  }

  body.push(
    new Paragraph({
      heading: HeadingLevel.HEADING_1,
      children: [new TextRun(t(lang, 'overview:matrix.heading'))],
    }),
  )
  // The caption stays with its table on the page.
  body.push(
    new Paragraph({
      style: STYLE.caption,
      keepNext: true,
      children: [new TextRun(t(lang, 'overview:matrix.caption'))],
    }),
  )
  const cellText = (c: { count: number; budget: number }) =>
    c.count ? `${c.count} · ${kr(c.budget)}` : t(lang, 'overview:matrix.none')
  body.push(
    table(
      [t(lang, 'overview:matrix.plan'), ...matrix.areas.map((a) => a.title)],
      [
        ...matrix.plans.map((p, pi) => [
          `${p.title} (${villagesText(p.villages)})`,
          ...matrix.areas.map((_, ai) => cellText(matrix.cells[ai][pi])),
        ]),
        [t(lang, 'overview:matrix.total'), ...matrix.areaTotals.map(cellText)],
      ],
      [3, ...matrix.areas.map(() => 2)],
      new Set(matrix.areas.map((_, i) => i + 1)),
    ),
  )

  body.push(
    new Paragraph({
      heading: HeadingLevel.HEADING_1,
      children: [new TextRun(t(lang, 'overview:export.perArea'))],
    }),
  )
  const known = new Set(catalogue.focusAreas.map((a) => a.id))
  const groups = [
    ...catalogue.focusAreas.map((a) => ({
      title: a.title,
      rows: d.rows.filter((r) => r.focusAreas.includes(a.id)),
    })),
    {
      title: t(lang, 'overview:export.noArea'),
      rows: d.rows.filter((r) => !r.focusAreas.some((id) => known.has(id))),
    },
  ]
  const c = (k: 'name' | 'villages' | 'plan' | 'status' | 'start' | 'budget' | 'asked') =>
    t(lang, `overview:export.columns.${k}`)
  for (const g of groups) {
    body.push(new Paragraph({ heading: HeadingLevel.HEADING_2, children: [new TextRun(g.title)] }))
    if (!g.rows.length) {
      body.push(para(t(lang, 'overview:export.noInitiatives'), STYLE.note))
      continue
    }
    body.push(
      table(
        [
          c('name'),
          c('villages'),
          c('plan'),
          c('status'),
          t(lang, 'overview:table.start'),
          c('budget'),
          c('asked'),
        ],
        g.rows.map((r) => [
          r.name,
          villagesText(r.villages),
          r.planTitle,
          status(r),
          r.when,
          kr(r.budget),
          kr(r.askedKr),
        ]),
        [4, 2, 3, 1.5, 2.2, 1.8, 1.8],
        new Set([5, 6]),
      ),
    )
    const sum = g.rows.reduce((s, r) => s + (r.budget ?? 0), 0)
    body.push(
      para(t(lang, 'overview:export.areaTotal', { count: g.rows.length, amount: kr(sum) }), STYLE.note),
    )
  }

  const document = new Document({
    styles,
    creator: 'Planværksted',
    title: t(lang, 'overview:export.wordTitle'),
    sections: [
      {
        properties: {
          page: {
            size: { width: PAGE.height, height: PAGE.width, orientation: PageOrientation.LANDSCAPE },
            margin: { top: PAGE.margin, bottom: PAGE.margin, left: PAGE.margin, right: PAGE.margin },
          },
        },
        // The report's name above and the page number below, as on every page of a plan's Word file.
        headers: {
          default: new Header({ children: [para(t(lang, 'overview:export.wordTitle'), STYLE.headerFooter)] }),
        },
        footers: {
          default: new Footer({
            children: [
              new Paragraph({
                style: STYLE.headerFooter,
                alignment: AlignmentType.RIGHT,
                children: [new TextRun({ children: [PageNumber.CURRENT] })],
              }),
            ],
          }),
        },
        children: body,
      },
    ],
  })
  return new Uint8Array(await Packer.toBuffer(document))
}
