import { createHash } from 'node:crypto'
import { scanXml } from '../xml/scanXml'

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

/** The text the fingerprint is of: one line per paragraph that shows text. */
export function bodyText(documentXml: string): string {
  const paragraphs: string[] = []
  let text: string[] = []
  /** Open fields, each true once its result has begun (after w:fldChar separate). */
  const fields: boolean[] = []
  let inResult = 0
  let skipParagraph = false
  /** Depth of the table of contents' content control, while inside it (0 outside). */
  let tocDepth = 0
  let depth = 0
  let sdt: { depth: number; toc: boolean }[] = []

  scanXml(
    documentXml,
    {
      open(name, attrs, selfClosing, parent) {
        // Every element closes, a self-closing one right after it opens (scanXml).
        depth++
        if (name === 'w:sdt' && !selfClosing) sdt.push({ depth, toc: false })
        else if (name === 'w:docPartGallery' && /table of contents/i.test(attrs['w:val'] ?? '')) {
          const open = sdt[sdt.length - 1]
          if (open) open.toc = true
        } else if (name === 'w:sdtContent' && sdt[sdt.length - 1]?.toc && !tocDepth) tocDepth = depth
        else if (name === 'w:p' && !selfClosing) {
          text = []
          skipParagraph = false
        } else if (name === 'w:pStyle' && parent === 'w:pPr') {
          skipParagraph = /^(TOC|Contents)/i.test(attrs['w:val'] ?? '')
        } else if (name === 'w:fldChar') {
          const type = attrs['w:fldCharType']
          if (type === 'begin') fields.push(false)
          else if (type === 'separate' && fields.length && !fields[fields.length - 1]) {
            fields[fields.length - 1] = true
            inResult++
          } else if (type === 'end' && fields.length) {
            if (fields.pop()) inResult--
          }
        } else if ((name === 'w:tab' || name === 'w:br') && parent === 'w:r') text.push(' ')
      },
      close(name) {
        if (name === 'w:p') {
          const line = text.join('').replace(/\s+/g, ' ').trim()
          if (line && !skipParagraph && !tocDepth) paragraphs.push(line)
          text = []
        } else if (name === 'w:sdtContent' && tocDepth === depth) tocDepth = 0
        else if (name === 'w:sdt') sdt = sdt.filter((s) => s.depth < depth)
        depth--
      },
      text(t, parent) {
        if (parent === 'w:t' && !inResult) text.push(t)
      },
    },
    { part: 'word/document.xml' },
  )
  return paragraphs.join('\n')
}
