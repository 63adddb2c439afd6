import { createHash } from 'node:crypto'
import { decodeXmlEntities } from '../xml/entities'

/**
 * A fingerprint of the text word/document.xml shows: the text of every paragraph, white space
 * evened out, hashed. It is what a plan part (planPartFormat.ts) is checked against: the same
 * function runs on the export's document part and on the document part of a file brought back, so
 * a file saved again by Word (which splits runs, adds revision ids and bookmarks) still matches,
 * and one whose text was changed does not. Left out is what Word rewrites by itself: the table of
 * contents (its paragraphs, its content control, the title LibreOffice gives it) and the result of
 * every field (page numbers), which Word fills in when it opens the file.
 */
export function bodyFingerprint(documentXml: string): string {
  return `sha256:${createHash('sha256').update(bodyText(documentXml)).digest('hex')}`
}

/**
 * Only the markup the text depends on, one alternative each: a paragraph's start and end, its
 * style, a text run's text, a run's tab or break, a field character, a content control and the
 * gallery that makes it the table of contents. The expression looks at each '<' once and builds a
 * match only for these, so a long plan's document part is read at a fraction of a full tokenizer's
 * cost (openDocx has already checked the part is well-formed, scanXml, before this runs).
 */
const MARKUP =
  /<w:p(?=[\s>/])([^>]*)>|<\/w:p>|<w:pStyle w:val="([^"]*)"|<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>|<w:tab\s*\/>|<w:br\b[^>]*>|<w:fldChar\b[^>]*?w:fldCharType="(\w+)"|<(\/?)w:sdt(Content)?(?=[\s>/])([^>]*)>|<w:docPartGallery w:val="([^"]*)"/g

/** The text the fingerprint is of: one line per paragraph that shows text. */
export function bodyText(documentXml: string): string {
  const paragraphs: string[] = []
  let text: string[] = []
  /** Open fields, each true once its result has begun (after w:fldChar separate). */
  const fields: boolean[] = []
  let inResult = 0
  let skipParagraph = false
  /** Content controls open here, each true when it is the table of contents. */
  const sdt: boolean[] = []
  let tocContent = 0
  MARKUP.lastIndex = 0
  for (let m = MARKUP.exec(documentXml); m; m = MARKUP.exec(documentXml)) {
    const [all, pAttrs, style, chars, fldType, sdtClose, sdtContent, sdtAttrs, gallery] = m
    if (chars !== undefined) {
      if (!inResult) text.push(chars.includes('&') ? decodeXmlEntities(chars) : chars)
    } else if (pAttrs !== undefined) {
      text = [] // a paragraph starts (or, written <w:p/>, is empty)
      skipParagraph = false
    } else if (all === '</w:p>') {
      const line = text.join('').replace(/\s+/g, ' ').trim()
      if (line && !skipParagraph && !tocContent) paragraphs.push(line)
      text = []
    } else if (style !== undefined) skipParagraph = /^(TOC|Contents)/i.test(style)
    else if (fldType !== undefined) {
      if (fldType === 'begin') fields.push(false)
      else if (fldType === 'separate' && fields.length && !fields[fields.length - 1]) {
        fields[fields.length - 1] = true
        inResult++
      } else if (fldType === 'end' && fields.length && fields.pop()) inResult--
    } else if (sdtAttrs !== undefined) {
      const selfClosing = sdtAttrs.endsWith('/')
      if (sdtContent) {
        if (sdt[sdt.length - 1] && !selfClosing) tocContent += sdtClose ? -1 : 1
      } else if (sdtClose) sdt.pop()
      else if (!selfClosing) sdt.push(false)
    } else if (gallery !== undefined) {
      if (/table of contents/i.test(gallery) && sdt.length) sdt[sdt.length - 1] = true
    } else text.push(' ') // a tab or a break in a run
  }
  return paragraphs.join('\n')
}
