import { AlignmentType, Footer, Header, PageNumber, Paragraph, TextRun } from 'docx'
import type { Labels } from './labels'
import { STYLE } from './styles'

/** The plan title at the top of every page after the cover. */
export function planHeader(title: string): Header {
  return new Header({
    children: [
      new Paragraph({
        style: STYLE.headerFooter,
        alignment: AlignmentType.RIGHT,
        children: [new TextRun(title)],
      }),
    ],
  })
}

/** "Side X af Y", as fields, so the numbers stay right when the consultant edits the file. */
export function pageFooter(labels: Labels): Footer {
  return new Footer({
    children: [
      new Paragraph({
        style: STYLE.headerFooter,
        alignment: AlignmentType.CENTER,
        children: [
          new TextRun({
            children: [labels.page.before, PageNumber.CURRENT, labels.page.between, PageNumber.TOTAL_PAGES],
          }),
        ],
      }),
    ],
  })
}
