import { AlignmentType, LineRuleType, BorderStyle, type IStylesOptions } from 'docx'

/**
 * Every look of the exported plan, named once. The walker only ever says "this is a Quote" or "this
 * is a table cell", so a consultant who restyles the document in Word changes it everywhere at once,
 * and an importer (mammoth) can recognise the parts by their style names.
 */
export const STYLE = {
  coverTitle: 'Title',
  coverSubtitle: 'Subtitle',
  coverMeta: 'CoverMeta',
  tocHeading: 'TOCHeading',
  quote: 'Quote',
  rule: 'HorizontalRule',
  tableText: 'TableText',
  tableHeading: 'TableHeading',
  tableLabel: 'TableLabel',
  matrixText: 'MatrixText',
  matrixKey: 'MatrixKey',
  imageParagraph: 'Figure',
  caption: 'Caption',
  note: 'Note',
  headerFooter: 'HeaderFooter',
  listParagraph: 'ListParagraph',
  listContinue: 'ListContinue',
  tableGap: 'TableGap',
} as const

const FONT = 'Calibri'
const INK = '1F2933'
const ACCENT = '1F4E79'
const MUTED = '52606D'
export const RULE_COLOUR = 'A7B1BC'
export const HEADER_FILL = 'E3EAF2'
export const LABEL_FILL = 'F1F4F7'

/** Text sizes of the tables, in points; tableKit measures columns with them. */
export const TABLE_TEXT_PT = 10
export const MATRIX_TEXT_PT = 8.5

const pt = (n: number) => n * 2 // docx sizes are half-points
const spacing = (beforePt: number, afterPt: number) => ({ before: beforePt * 20, after: afterPt * 20 })

export const styles: IStylesOptions = {
  default: {
    document: {
      run: { font: FONT, size: pt(11), color: INK, language: { value: 'da-DK' } },
      paragraph: { spacing: { ...spacing(0, 6), line: 276, lineRule: LineRuleType.AUTO } },
    },
    title: {
      run: { font: FONT, size: pt(34), bold: true, color: ACCENT },
      paragraph: { spacing: { before: 3600, after: 240 } },
    },
    heading1: {
      run: { font: FONT, size: pt(18), bold: true, color: ACCENT },
      paragraph: { spacing: spacing(24, 8), keepNext: true, keepLines: true },
    },
    heading2: {
      run: { font: FONT, size: pt(14), bold: true, color: ACCENT },
      paragraph: { spacing: spacing(18, 6), keepNext: true, keepLines: true },
    },
    heading3: {
      run: { font: FONT, size: pt(12), bold: true, color: INK },
      paragraph: { spacing: spacing(12, 4), keepNext: true, keepLines: true },
    },
    heading4: {
      run: { font: FONT, size: pt(11), bold: true, italics: true, color: INK },
      paragraph: { spacing: spacing(10, 4), keepNext: true, keepLines: true },
    },
    heading5: {
      run: { font: FONT, size: pt(11), bold: true, color: MUTED },
      paragraph: { spacing: spacing(8, 2), keepNext: true },
    },
    hyperlink: { run: { color: '0B5CAD', underline: {} } },
    listParagraph: { paragraph: { spacing: spacing(0, 3) } },
    caption: { run: { size: pt(9), italics: true, color: MUTED }, paragraph: { spacing: spacing(2, 10) } },
  },
  paragraphStyles: [
    {
      id: 'Subtitle',
      name: 'Subtitle',
      basedOn: 'Normal',
      next: 'Normal',
      run: { size: pt(16), color: MUTED },
      paragraph: { spacing: spacing(0, 36) },
    },
    {
      id: STYLE.coverMeta,
      name: 'Cover Meta',
      basedOn: 'Normal',
      run: { size: pt(12), color: INK },
      paragraph: { spacing: spacing(0, 4) },
    },
    {
      id: STYLE.tocHeading,
      name: 'TOC Heading',
      basedOn: 'Normal',
      next: 'Normal',
      run: { size: pt(18), bold: true, color: ACCENT },
      paragraph: { spacing: spacing(0, 12) },
    },
    {
      id: STYLE.quote,
      name: 'Quote',
      basedOn: 'Normal',
      next: 'Normal',
      run: { italics: true, color: MUTED },
      paragraph: {
        indent: { left: 567, right: 567 },
        spacing: spacing(4, 8),
        border: { left: { style: BorderStyle.SINGLE, size: 18, color: RULE_COLOUR, space: 8 } },
      },
    },
    {
      id: STYLE.rule,
      name: 'Horizontal Rule',
      basedOn: 'Normal',
      next: 'Normal',
      run: { size: pt(4) },
      paragraph: {
        spacing: spacing(6, 12),
        border: { bottom: { style: BorderStyle.SINGLE, size: 6, color: RULE_COLOUR, space: 1 } },
      },
    },
    {
      id: STYLE.tableText,
      name: 'Table Text',
      basedOn: 'Normal',
      run: { size: pt(TABLE_TEXT_PT) },
      paragraph: { spacing: { before: 40, after: 40, line: 240, lineRule: LineRuleType.AUTO } },
    },
    {
      id: STYLE.tableHeading,
      name: 'Table Heading',
      basedOn: STYLE.tableText,
      run: { bold: true },
      paragraph: { keepNext: true },
    },
    {
      // The first column of a key/value table; unlike a header row it may part from the next row.
      id: STYLE.tableLabel,
      name: 'Table Label',
      basedOn: STYLE.tableText,
      run: { bold: true },
    },
    {
      id: STYLE.matrixText,
      name: 'Matrix Text',
      basedOn: STYLE.tableText,
      run: { size: pt(MATRIX_TEXT_PT) },
    },
    {
      // One line of the matrix's key: "3<tab>Uddannelse og daginstitutioner", names aligned.
      id: STYLE.matrixKey,
      name: 'Matrix Key',
      basedOn: 'Normal',
      run: { size: pt(9) },
      paragraph: {
        spacing: { before: 0, after: 0 },
        // The tab after the number goes to the hanging indent, as in a Word list.
        indent: { left: 397, hanging: 397 },
      },
    },
    {
      id: STYLE.imageParagraph,
      name: 'Figure',
      basedOn: 'Normal',
      next: 'Caption',
      paragraph: { alignment: AlignmentType.CENTER, spacing: spacing(6, 2), keepNext: true },
    },
    {
      id: STYLE.note,
      name: 'Note',
      basedOn: 'Normal',
      run: { italics: true, color: MUTED },
    },
    {
      id: STYLE.headerFooter,
      name: 'Header Footer',
      basedOn: 'Normal',
      run: { size: pt(9), color: MUTED },
      paragraph: { spacing: { before: 0, after: 0 } },
    },
    {
      // Only ever between two tables, which Word would otherwise join into one.
      id: STYLE.tableGap,
      name: 'Table Gap',
      basedOn: 'Normal',
      run: { size: pt(6) },
      paragraph: { spacing: { before: 0, after: 0, line: 240, lineRule: LineRuleType.AUTO } },
    },
    {
      id: STYLE.listContinue,
      name: 'List Continue',
      basedOn: 'ListParagraph',
      paragraph: { spacing: spacing(0, 3) },
    },
  ],
}

/** Left indent of list level n, in twips; also used for a list item's follow-on paragraphs. */
export const listIndent = (level: number) => 360 * (level + 1)
export const HANGING = 360
