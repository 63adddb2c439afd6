import type { BodyRefs } from './context'
import { esc } from './xml'

/**
 * The table of contents filled in with the plan's headings, as docx fills it: one entry per
 * bookmarked heading, linked to it, with a PAGEREF field whose result is the page the heading is
 * estimated to fall on (pageEstimate.ts). That is what Protected View, a previewer and LibreOffice
 * show, since they never update fields; Word recomputes the dirty fields on open. The field is
 * written here whole, switches included (the ones toc.ts asks docx for), so that nothing is read
 * back out of docx's XML.
 */
export function tocContent(entries: BodyRefs['toc'], textWidthTwips: number): string {
  // Headings 1-3 (\o), each entry a link (\h): as toc.ts's TableOfContents options.
  const fieldStart =
    '<w:r><w:fldChar w:fldCharType="begin" w:dirty="true"/>' +
    '<w:instrText xml:space="preserve">TOC \\h \\o &quot;1-3&quot;</w:instrText>' +
    '<w:fldChar w:fldCharType="separate"/></w:r>'
  const tabs = `<w:tabs><w:tab w:val="right" w:pos="${textWidthTwips}" w:leader="dot"/></w:tabs>`
  let out = ''
  entries.forEach(({ title, level, bookmark, page }, i) => {
    const name = `_Toc${bookmark}`
    const result = page !== undefined ? `</w:r><w:r><w:t>${page}</w:t></w:r><w:r>` : ''
    out +=
      `<w:p><w:pPr><w:pStyle w:val="TOC${level}"/>${tabs}</w:pPr>${i === 0 ? fieldStart : ''}` +
      `<w:hyperlink w:history="1" w:anchor="${name}"><w:r><w:t xml:space="preserve">${esc(title)}</w:t></w:r>` +
      `<w:r><w:tab/></w:r><w:r><w:fldChar w:fldCharType="begin" w:dirty="true"/>` +
      `<w:instrText xml:space="preserve">PAGEREF ${name} \\h</w:instrText>` +
      `<w:fldChar w:fldCharType="separate"/>${result}<w:fldChar w:fldCharType="end"/></w:r></w:hyperlink></w:p>`
  })
  return `${out}<w:p><w:r><w:fldChar w:fldCharType="end"/></w:r></w:p>`
}
