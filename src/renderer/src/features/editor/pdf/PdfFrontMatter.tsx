import type { PlanMeta } from '../../../../../shared/model/plan'
import { appendixHeading, contentsTitle, pdfCover, untitledInitiative } from './pdfWords'
import { contentsTree, type ContentsItem } from './pdfContents'
import type { PdfLayout } from './pdfLayout'

export const APPENDIX_ANCHOR = 'pv-pdf-appendix'

/**
 * The cover and the table of contents of the PDF, before the plan's text: the Word file's (same
 * lines, same words, the same entries from planOutline), each on its own page. Printed only
 * (pdf.css): on screen nothing changes while the PDF is made. The contents link to the headings;
 * Chromium cannot print page numbers into them, the PDF's bookmarks carry the pages instead.
 */
export function PdfFrontMatter({ meta, layout }: { meta: PlanMeta; layout: PdfLayout }) {
  const { lang } = layout
  const cover = pdfCover(meta, lang, new Date())
  const entries = layout.entries
    .filter((e) => e.inContents)
    .map((e) => ({ id: e.id, level: e.level, title: e.title || untitledInitiative(lang) }))
  if (meta.catalogue) entries.push({ id: APPENDIX_ANCHOR, level: 1, title: appendixHeading(lang) })
  return (
    <div className="pdf-only pdf-front" lang={lang}>
      <section className="pdf-cover">
        <p className="pdf-cover-title">{cover.title}</p>
        <p className="pdf-cover-subtitle">{cover.subtitle}</p>
        {cover.lines.map(([label, value]) => (
          <p key={label} className="pdf-cover-line">
            {/* Bold by style, not <strong>: Chromium tags that as PDF 2.0's Strong, which PDF
                readers before 2.0 (and poppler) do not know. */}
            <span className="pdf-cover-label">{label}: </span>
            {value}
          </p>
        ))}
      </section>
      <nav className="pdf-contents" aria-labelledby="pdf-contents-title">
        <p id="pdf-contents-title" className="pdf-contents-title">
          {contentsTitle(lang)}
        </p>
        <ContentsList items={contentsTree(entries)} />
      </nav>
    </div>
  )
}

function ContentsList({ items }: { items: ContentsItem[] }) {
  return (
    <ol>
      {items.map(({ entry, children }) => (
        <li key={entry.id} className={`pdf-contents-l${entry.level}`}>
          <a href={`#${entry.id}`}>{entry.title}</a>
          {children.length > 0 && <ContentsList items={children} />}
        </li>
      ))}
    </ol>
  )
}
