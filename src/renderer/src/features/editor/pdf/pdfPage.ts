import type { Editor } from '@tiptap/react'
import { setPdfLayout, type PdfLayout } from './pdfLayout'
import './pdf.css'

/** The language of a plan's own text (the editor marks it so, whatever the app speaks). */
const PLAN_LANG = 'da'

/**
 * Makes the window's page the PDF's, until the returned function puts it back: the plan's title
 * as the document title (the PDF's Title), the plan's language on <html> (its Lang), the layout of
 * pdf.css, and the text not editable (an editable text prints as one form field in a tagged PDF,
 * not as headings and paragraphs). Nothing here is an edit of the plan.
 */
export function enterPdfPage(editor: Editor, title: string, layout: PdfLayout): () => void {
  const html = document.documentElement
  const before = { title: document.title, lang: html.lang, editable: editor.isEditable }
  document.title = title
  html.lang = PLAN_LANG
  html.dataset.pdf = 'on'
  editor.setEditable(false, false)
  setPdfLayout(editor, layout)
  return () => {
    if (!editor.isDestroyed) {
      setPdfLayout(editor, null)
      editor.setEditable(before.editable, false)
    }
    delete html.dataset.pdf
    html.lang = before.lang
    document.title = before.title
  }
}

const frame = () => new Promise<void>((r) => requestAnimationFrame(() => r()))

/** Waits until the laid-out page is drawn and its pictures decoded, so the print has them all. */
export async function pageSettled(): Promise<void> {
  await frame()
  await frame()
  const images = [...document.querySelectorAll<HTMLImageElement>('.plan-text img')]
  await Promise.all(images.map((img) => img.decode().catch(() => undefined)))
}
