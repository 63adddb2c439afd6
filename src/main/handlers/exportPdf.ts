import type { Services } from '../backend'
import type { Host } from '../hostApi'
import type { HandlersFor } from './types'
import type { ExportDeps } from './export'
import { realFs } from '../backend/store/fsFacade'
import { writeFileAtomic } from '../backend/store/atomicWrite'
import { explainLockedTarget } from '../backend/export/exportToFile'
import { defaultExportName, withPdfExtension } from '../backend/export/saveName'
import { LABELS } from '../backend/export/docx/labels'
import { t } from '../../shared/i18n/translate'
import { uiLanguage } from './uiLanguage'
import { pdfPageTemplates } from '../backend/export/pdf/pageTemplates'
import { AppError } from '../../shared/model/errors'

const PDF_MAGIC = '%PDF-'

const isPdf = (bytes: Uint8Array) =>
  bytes.length > PDF_MAGIC.length &&
  Buffer.from(bytes.subarray(0, PDF_MAGIC.length)).toString('latin1') === PDF_MAGIC

/**
 * 'plans.exportPdf' ("Gem som PDF", for the village's website): ask where, have the shell print the
 * page the renderer has laid out (cover, contents, the plan's text, the appendix) as a tagged PDF,
 * and write it atomically. Anything but a whole PDF is refused before the disk is touched, so a
 * failed print never replaces a good file with an empty one.
 */
export function exportPdfHandlers(
  backend: Pick<Services, 'plans' | 'settings'>,
  host: Host,
  deps: ExportDeps = {},
): HandlersFor<'plans.exportPdf'> {
  return {
    'plans.exportPdf': async ({ id }) => {
      const plan = await backend.plans.get(id)
      const language = await uiLanguage(backend.settings)
      const chosen = await host.showSaveDialog({
        title: t(language, 'export:pdf.title'),
        defaultName: defaultExportName(plan.meta, deps.now?.() ?? new Date(), language, 'pdf'),
        filters: [{ name: t(language, 'dialogs:filters.pdf'), extensions: ['pdf'] }],
      })
      if (chosen === null) return { status: 'cancelled' }
      const target = withPdfExtension(chosen)
      const bytes = await host.printToPdf(pdfPageTemplates(plan.meta.title, LABELS[language]))
      if (!isPdf(bytes)) throw new AppError('io', 'the print was not a PDF', { reason: 'pdf-failed' })
      const fs = deps.fs ?? realFs
      try {
        await writeFileAtomic(fs, target, bytes)
      } catch (err) {
        throw await explainLockedTarget(fs, target, err)
      }
      deps.exported?.remember(target)
      return { status: 'saved', path: target }
    },
  }
}
