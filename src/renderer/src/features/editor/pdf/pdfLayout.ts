import { Extension } from '@tiptap/core'
import type { Editor } from '@tiptap/react'
import { Plugin, PluginKey, type EditorState } from '@tiptap/pm/state'
import { Decoration, DecorationSet } from '@tiptap/pm/view'
import { planOutline, type OutlineEntry } from '../../../../../shared/derive/planOutline'
import { posAtPath } from '../../../../../shared/document/posAtPath'
import type { Catalogue } from '../../../../../shared/model/catalogue'
import type { Lang } from '../../../../../shared/derive/format'
import { initiativeSummary } from './initiativeSummary'

/** One heading of the PDF: where it is in the editor and the id the contents link to. */
export type PdfEntry = OutlineEntry & { id: string; pos: number }

/** What the page is laid out with while it is printed as a PDF. */
export type PdfLayout = { entries: PdfEntry[]; lang: Lang; catalogue: Catalogue | null }

const key = new PluginKey<PdfLayout | null>('pdfLayout')

export const pdfAnchor = (i: number) => `pv-pdf-${i}`

/** The plan's outline (the Word file's, planOutline) placed in the editor's document now. */
export function pdfLayoutFor(editor: Editor, lang: Lang, catalogue: Catalogue | null): PdfLayout {
  const { doc } = editor.state
  const entries: PdfEntry[] = []
  planOutline(doc.toJSON()).forEach((e, i) => {
    const pos = posAtPath(doc, e.path)
    if (pos !== null) entries.push({ ...e, id: pdfAnchor(i), pos })
  })
  return { entries, lang, catalogue }
}

/**
 * The headings as the Word file has them, on the editor's own page: each section heading gets the
 * level Word writes (aria-level, so a heading that skips a level is not a hole in the PDF's
 * bookmarks) and the id its contents entry links to; each initiative gets a heading and the Word
 * file's field table (initiativeSummary), in place of the card's inputs, which print.css hides.
 */
function decorations(state: EditorState, layout: PdfLayout): DecorationSet {
  const decos: Decoration[] = []
  for (const e of layout.entries) {
    const node = state.doc.nodeAt(e.pos)
    if (!node) continue
    if (e.kind === 'heading') {
      decos.push(Decoration.node(e.pos, e.pos + node.nodeSize, { id: e.id, 'aria-level': String(e.level) }))
    } else {
      const summary = initiativeSummary(node.attrs, e, layout)
      decos.push(
        Decoration.widget(e.pos + 1, summary, { side: -1, key: `${e.id}-${e.level}`, ignoreSelection: true }),
      )
    }
  }
  return DecorationSet.create(state.doc, decos)
}

export const PdfLayoutExtension = Extension.create({
  name: 'pdfLayout',
  addProseMirrorPlugins() {
    return [
      new Plugin<PdfLayout | null>({
        key,
        state: {
          init: () => null,
          apply: (tr, value) => {
            const next = tr.getMeta(key) as PdfLayout | null | undefined
            return next === undefined ? value : next
          },
        },
        props: {
          decorations(state) {
            const layout = key.getState(state)
            return layout ? decorations(state, layout) : null
          },
        },
      }),
    ]
  },
})

/** Whether the page is being laid out for the PDF (the editor's attributes follow it). */
export const pdfLayoutActive = (state: EditorState) => !!key.getState(state)

/** Lays the text out for the PDF (or back for editing with null). Not an edit: no undo step, no save. */
export function setPdfLayout(editor: Editor, layout: PdfLayout | null): void {
  editor.view.dispatch(editor.state.tr.setMeta(key, layout).setMeta('addToHistory', false))
}
