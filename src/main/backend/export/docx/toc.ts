import { Paragraph, TableOfContents, TextRun } from 'docx'
import type { Labels } from './labels'
import { STYLE } from './styles'

/**
 * The table of contents: a real TOC field over Heading 1-3, filled in by assemble.ts with every
 * entry and its estimated page, so it reads right before any program updates it; Word makes the
 * numbers exact when it opens the file (the document asks it to update fields). Its title is not
 * a heading, so it does not list itself.
 */
export function toc(labels: Labels) {
  return [
    new Paragraph({ style: STYLE.tocHeading, children: [new TextRun(labels.toc)] }),
    new TableOfContents(labels.toc, { hyperlink: true, headingStyleRange: '1-3' }),
  ]
}
