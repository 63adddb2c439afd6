import { normaliseInitiativeAttrs } from '../../../../../shared/derive/initiatives'
import type { PdfEntry, PdfLayout } from './pdfLayout'
import { initiativeRows, keyValueHeader, untitledInitiative } from './pdfWords'

/**
 * An initiative as the Word file shows it, for the PDF: a heading at its level (with the id the
 * contents link to), then the table of its fields. Built as plain DOM because it is a ProseMirror
 * widget inside the card's text, drawn only while the PDF is made and only on paper (pdf.css).
 */
export function initiativeSummary(attrs: Record<string, unknown>, entry: PdfEntry, layout: PdfLayout) {
  const a = normaliseInitiativeAttrs(attrs)
  const box = document.createElement('div')
  box.className = 'pdf-initiative'
  box.contentEditable = 'false'
  const heading = document.createElement('div')
  heading.className = 'pdf-initiative-title'
  heading.id = entry.id
  heading.setAttribute('role', 'heading')
  heading.setAttribute('aria-level', String(entry.level))
  heading.textContent = a.title || untitledInitiative(layout.lang)
  const table = document.createElement('table')
  table.className = 'pdf-fields'
  // A header row, as the Word file's field table has (what an accessibility checker asks of it).
  const head = table.createTHead().insertRow()
  for (const text of keyValueHeader(layout.lang)) {
    const th = document.createElement('th')
    th.scope = 'col'
    th.textContent = text
    head.append(th)
  }
  const body = table.createTBody()
  for (const [label, value] of initiativeRows(a, layout.lang, layout.catalogue)) {
    const row = body.insertRow()
    const th = document.createElement('th')
    th.scope = 'row'
    th.textContent = label
    row.append(th)
    row.insertCell().textContent = value
  }
  box.append(heading, table)
  return box
}
