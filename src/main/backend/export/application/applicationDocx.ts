import {
  AlignmentType,
  BorderStyle,
  Footer,
  PageNumber,
  Document,
  HeadingLevel,
  Packer,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
} from 'docx'
import type { Catalogue } from '../../../../shared/model/catalogue'
import type { FundProfile } from '../../../../shared/model/fundProfile'
import type { FundApplication } from '../../../../shared/document/initiative/application'
import type { InitiativeEntry } from '../../../../shared/derive/initiatives'
import { initiativeName } from '../../../../shared/derive/initiatives'
import { applicationFacts, dayText } from '../../../../shared/derive/funding/draft'
import { checkApplication, type CheckFinding } from '../../../../shared/derive/funding/check'
import { checkText } from '../../../../shared/derive/funding/checkText'
import { t } from '../../../../shared/i18n/translate'
import type { Lang } from '../../../../shared/derive/format'
import { xmlSafeStrings } from '../docx/xml'
import { planHeader } from '../docx/headerFooter'
import { HEADER_FILL, LABEL_FILL, RULE_COLOUR, STYLE, styles } from '../docx/styles'

export type ApplicationDocxInput = {
  planTitle: string
  council: string
  entry: InitiativeEntry
  application: FundApplication
  /** The fund's terms as the library has them now; null when the profile was deleted since. */
  profile: FundProfile | null
  catalogue: Catalogue | null
  lang: Lang
  /** "YYYY-MM-DD": the day the draft is made, for the check of the deadline. */
  today: string
}

const border = { style: BorderStyle.SINGLE, size: 4, color: RULE_COLOUR }
const borders = { top: border, bottom: border, left: border, right: border }

function cell(text: string, opts: { label?: boolean; width: number; header?: boolean }): TableCell {
  return new TableCell({
    width: { size: opts.width, type: WidthType.DXA },
    borders,
    shading: opts.label || opts.header ? { fill: opts.header ? HEADER_FILL : LABEL_FILL } : undefined,
    children: [
      new Paragraph({
        style: opts.label ? STYLE.tableLabel : opts.header ? STYLE.tableHeading : STYLE.tableText,
        children: [new TextRun(text)],
      }),
    ],
  })
}

/** A two-column table of label and value: the facts, the money. */
function keyValueTable(rows: { label: string; value: string }[]): Table {
  return new Table({
    width: { size: 9000, type: WidthType.DXA },
    columnWidths: [3000, 6000],
    rows: rows.map(
      (r) =>
        new TableRow({
          children: [cell(r.label, { label: true, width: 3000 }), cell(r.value || '–', { width: 6000 })],
        }),
    ),
  })
}

/** A section's text, one Word paragraph per paragraph typed (a blank line between them). */
function textParagraphs(text: string): Paragraph[] {
  return text
    .split(/\n\s*\n/)
    .map((p) => p.trim())
    .filter(Boolean)
    .map((p) => {
      const lines = p.split('\n')
      return new Paragraph({
        children: lines.map((line, i) => new TextRun({ text: line, break: i > 0 ? 1 : undefined })),
      })
    })
}

function findingParagraph(f: CheckFinding, lang: Lang): Paragraph {
  return new Paragraph({
    style: STYLE.listParagraph,
    // A mark, not a Word bullet: docx writes the list style twice with one, which Word refuses.
    children: [
      new TextRun(`${f.severity === 'error' ? '✗' : f.severity === 'ok' ? '✓' : '!'} ${checkText(f, lang)}`),
    ],
  })
}

/**
 * An application draft for Word, from the initiative as it is now: the facts (section of the
 * plan, focus areas, budget with own financing and volunteer hours at the fund's rate, period,
 * who is responsible), the texts of the fund's required sections, the attachments with what is
 * still missing, what the fund wants reported afterwards, and the check against the fund's terms,
 * so whoever sends it sees what is still open. A draft to finish in Word or the fund's form.
 */
export async function applicationToDocx(raw: ApplicationDocxInput): Promise<Uint8Array> {
  const input = xmlSafeStrings(raw)
  const { entry, application: app, profile, lang } = input
  type Word =
    | 'title'
    | 'draftOf'
    | 'facts'
    | 'notWritten'
    | 'attachments'
    | 'ready'
    | 'missing'
    | 'reporting'
    | 'check'
    | 'allMet'
    | 'sources'
    | 'read'
  const L = (key: Word, values?: Record<string, string>) => t(lang, `funding:word.${key}`, values)
  const title = L('title', { fund: app.fundName })
  const name = initiativeName(entry)
  const body: (Paragraph | Table)[] = [
    new Paragraph({ heading: HeadingLevel.TITLE, children: [new TextRun(title)] }),
    new Paragraph({ style: 'Subtitle', children: [new TextRun(name)] }),
    new Paragraph({
      style: STYLE.coverMeta,
      children: [
        new TextRun(
          [input.council || input.planTitle, L('draftOf', { date: dayText(input.today, lang) })]
            .filter(Boolean)
            .join(' · '),
        ),
      ],
    }),
    new Paragraph({ heading: HeadingLevel.HEADING_1, children: [new TextRun(L('facts'))] }),
    keyValueTable(applicationFacts(app, profile, entry, input.catalogue, lang)),
  ]
  for (const section of app.sections) {
    body.push(new Paragraph({ heading: HeadingLevel.HEADING_1, children: [new TextRun(section.title)] }))
    const paragraphs = textParagraphs(section.text)
    body.push(
      ...(paragraphs.length > 0
        ? paragraphs
        : [new Paragraph({ style: STYLE.note, children: [new TextRun(L('notWritten'))] })]),
    )
  }
  if (app.attachments.length > 0) {
    body.push(new Paragraph({ heading: HeadingLevel.HEADING_1, children: [new TextRun(L('attachments'))] }))
    for (const a of app.attachments) {
      body.push(
        new Paragraph({
          style: STYLE.listParagraph,
          children: [
            new TextRun(`${a.ready ? '✓' : '✗'} ${a.title} – ${a.ready ? L('ready') : L('missing')}`),
          ],
        }),
      )
    }
  }
  if (profile?.reporting) {
    body.push(new Paragraph({ heading: HeadingLevel.HEADING_1, children: [new TextRun(L('reporting'))] }))
    body.push(new Paragraph({ children: [new TextRun(profile.reporting)] }))
  }
  if (profile) {
    const findings = checkApplication(profile, entry.attrs, app, input.today)
    body.push(new Paragraph({ heading: HeadingLevel.HEADING_1, children: [new TextRun(L('check'))] }))
    body.push(...findings.map((f) => findingParagraph(f, lang)))
    if (findings.every((f) => f.severity !== 'error'))
      body.push(new Paragraph({ children: [new TextRun(L('allMet'))] }))
    body.push(new Paragraph({ heading: HeadingLevel.HEADING_2, children: [new TextRun(L('sources'))] }))
    for (const s of profile.sources) {
      body.push(
        new Paragraph({
          style: STYLE.note,
          children: [
            new TextRun(`${s.title || s.url} – ${s.url} (${L('read', { date: dayText(s.date, lang) })})`),
          ],
        }),
      )
    }
  }
  const doc = new Document({
    title,
    subject: name,
    creator: input.council || input.planTitle,
    lastModifiedBy: input.council || input.planTitle,
    styles,
    numbering: { config: [] },
    sections: [
      {
        headers: { default: planHeader(input.council ? `${input.council} · ${name}` : name) },
        footers: {
          default: new Footer({
            children: [
              new Paragraph({
                style: STYLE.headerFooter,
                alignment: AlignmentType.CENTER,
                children: [new TextRun({ children: [PageNumber.CURRENT] })],
              }),
            ],
          }),
        },
        children: body,
      },
    ],
  })
  return new Uint8Array(await Packer.toBuffer(doc))
}
