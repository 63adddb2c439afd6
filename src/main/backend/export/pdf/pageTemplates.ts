import type { Labels } from '../docx/labels'

const escapeHtml = (s: string) =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;')

// Chromium draws the templates in the page margin, with none of the page's styles and at a tiny
// default size: the text is set as the Word file's header and footer style (9 pt, muted), and
// padded to the 2.5 cm text margins of print.css so it lines up with the text.
// (Single quotes only inside: the style sits in a double-quoted attribute.)
const BOX =
  "box-sizing:border-box;width:100%;padding:0 2.5cm;font-family:Calibri,Carlito,'Segoe UI',sans-serif;font-size:9pt;color:#52606d;"

/**
 * The PDF's page header (the plan's title, right) and footer ("Side 3 af 12", centred), as the
 * Word file has them. The title is the user's own text: escaped, since the template is HTML.
 */
export function pdfPageTemplates(title: string, labels: Labels) {
  const { before, between } = labels.page
  return {
    headerTemplate: `<div style="${BOX}text-align:right;">${escapeHtml(title)}</div>`,
    footerTemplate:
      `<div style="${BOX}text-align:center;">${escapeHtml(before)}<span class="pageNumber"></span>` +
      `${escapeHtml(between)}<span class="totalPages"></span></div>`,
  }
}
