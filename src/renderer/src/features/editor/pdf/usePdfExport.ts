import { useCallback, useEffect, useRef, useState } from 'react'
import type { Editor } from '@tiptap/react'
import { useTranslation } from 'react-i18next'
import type { Plan } from '../../../../../shared/api'
import { api } from '../../../api/client'
import { pdfLayoutFor, type PdfLayout } from './pdfLayout'
import { enterPdfPage, pageSettled } from './pdfPage'

/**
 * "Gem som PDF": saves what is typed, lays the page out as the PDF (cover, contents, text,
 * appendix), has the shell print it (plans.exportPdf asks where and writes it), and puts the page
 * back, whatever happens. `layout` is what EditorScreen draws the cover and appendix from.
 */
export function usePdfExport(plan: Plan, editor: Editor | null, flush: () => Promise<boolean>) {
  const { i18n } = useTranslation()
  const [layout, setLayout] = useState<PdfLayout | null>(null)
  const drawn = useRef<(() => void) | null>(null)
  useEffect(() => {
    if (!layout) return
    drawn.current?.()
    drawn.current = null
  }, [layout])

  const run = useCallback(async () => {
    await flush()
    if (!editor) return api['plans.exportPdf']({ id: plan.id })
    const next = pdfLayoutFor(editor, i18n.language === 'en' ? 'en' : 'da', plan.meta.catalogue)
    const leave = enterPdfPage(editor, plan.meta.title, next)
    try {
      await new Promise<void>((resolve) => {
        drawn.current = resolve
        setLayout(next)
      })
      await pageSettled()
      return await api['plans.exportPdf']({ id: plan.id })
    } finally {
      leave()
      setLayout(null)
    }
  }, [editor, flush, i18n, plan])

  return { layout, run }
}
