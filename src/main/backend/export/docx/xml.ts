/**
 * The few WordprocessingML shapes the body is written in, as strings. The body of a long plan is
 * tens of thousands of paragraphs; building them as docx objects cost ~10x the time of the rest of
 * the export, so the walker writes the XML itself, in exactly the shapes docx would write.
 * Element order inside w:pPr / w:rPr follows the schema (ECMA-376 CT_PPr / CT_RPr): Word refuses
 * a file whose properties are out of order.
 */

import { XML_ILLEGAL, xmlSafeStrings } from '../../../../shared/format/xmlSafeText'

/** For what is handed to the docx library rather than written here. */
export { xmlSafeStrings }

const ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&apos;',
}
// What XML 1.0 cannot hold at all (controls, U+FFFE/U+FFFF, lone surrogates) is dropped, by the
// app's one definition of it, in the same pass as the escaping.
const SPECIAL = new RegExp(`[&<>"']|${XML_ILLEGAL.source}`)
const SPECIAL_ALL = new RegExp(SPECIAL.source, 'g')

/** Text or an attribute value, safe inside XML. Most text needs nothing, so it is tested first.
 * Every string the body writes goes through here; what docx writes goes through xmlSafeStrings
 * (skeleton.ts). */
export function esc(value: string): string {
  return SPECIAL.test(value) ? value.replace(SPECIAL_ALL, (c) => ESCAPES[c] ?? '') : value
}

export type RunProps = {
  style?: string
  bold?: boolean
  italics?: boolean
  strike?: boolean
  underline?: boolean
  /** Text colour as six hex digits without '#' (w:color, between w:strike and w:u in CT_RPr). */
  color?: string
  /** Superscript or subscript (Word's w:vertAlign, which stands after w:u in CT_RPr). */
  vertAlign?: 'superscript' | 'subscript'
}

function rPr(r: RunProps): string {
  let x = ''
  if (r.style) x += `<w:rStyle w:val="${esc(r.style)}"/>`
  if (r.bold) x += '<w:b/><w:bCs/>'
  if (r.italics) x += '<w:i/><w:iCs/>'
  if (r.strike) x += '<w:strike/>'
  if (r.color) x += `<w:color w:val="${esc(r.color)}"/>`
  if (r.underline) x += '<w:u w:val="single"/>'
  if (r.vertAlign) x += `<w:vertAlign w:val="${r.vertAlign}"/>`
  return x ? `<w:rPr>${x}</w:rPr>` : ''
}

/** A run of text; spaces are kept as typed. */
export const run = (text: string, props: RunProps = {}): string =>
  `<w:r>${rPr(props)}<w:t xml:space="preserve">${esc(text)}</w:t></w:r>`

export const BREAK_RUN = '<w:r><w:br/></w:r>'

export type ParaProps = {
  style?: string
  keepNext?: boolean
  numbering?: { numId: number; level: number }
  spacingBefore?: number
  indentLeft?: number
  /** Paragraph alignment, for the rare paragraph that differs from its style (a placed picture). */
  align?: 'left' | 'center' | 'right'
}

/** A paragraph with its properties and already written content (runs, hyperlinks, drawings). */
export function paragraph(props: ParaProps, content = ''): string {
  let pPr = ''
  if (props.style) pPr += `<w:pStyle w:val="${esc(props.style)}"/>`
  if (props.keepNext) pPr += '<w:keepNext/>'
  if (props.numbering) {
    pPr += `<w:numPr><w:ilvl w:val="${props.numbering.level}"/><w:numId w:val="${props.numbering.numId}"/></w:numPr>`
  }
  if (props.spacingBefore !== undefined) pPr += `<w:spacing w:before="${props.spacingBefore}"/>`
  if (props.indentLeft !== undefined) pPr += `<w:ind w:left="${props.indentLeft}"/>`
  if (props.align) pPr += `<w:jc w:val="${props.align}"/>`
  if (!pPr && !content) return '<w:p/>'
  return `<w:p>${pPr ? `<w:pPr>${pPr}</w:pPr>` : ''}${content}</w:p>`
}

/** One paragraph holding one plain run: a table cell's text, a note, a caption. */
export const textParagraph = (style: string | undefined, text: string, props: RunProps = {}): string =>
  paragraph({ style }, run(text, props))

export const isTable = (block: string): boolean => block.startsWith('<w:tbl>')
