import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { ExportResult } from '../../../../../shared/api'
import { Modal } from '../../../components/Modal'
import { ErrorMessage } from '../../../components/ErrorMessage'
import { BarLabel } from '../BarLabel'
import { SavedFileActions } from '../SavedFileActions'
import { AccessibilitySummary, type AccessibilityCheck } from '../accessibility/AccessibilitySummary'
import { inBackground } from '../../errors/inBackground'
import '../exportButton.css'

type Phase =
  { kind: 'idle' } | { kind: 'busy' } | { kind: 'saved'; path: string } | { kind: 'failed'; error: unknown }

type Props = { run: () => Promise<ExportResult>; a11y: AccessibilityCheck }

/**
 * "Gem som PDF": what it makes and what the accessibility check found, then the save dialog and
 * the print. The dialog closes while the page is printed: a modal dialog makes the page behind it
 * inert, and an inert page prints as an untagged PDF. It opens again to say where the PDF went.
 */
export function SavePdfButton({ run, a11y }: Props) {
  const { t } = useTranslation('export')
  const [open, setOpen] = useState(false)
  const [findings, setFindings] = useState(0)
  const [phase, setPhase] = useState<Phase>({ kind: 'idle' })
  const save = async () => {
    setOpen(false)
    setPhase({ kind: 'busy' })
    try {
      const res = await run()
      setPhase(res.status === 'saved' ? { kind: 'saved', path: res.path } : { kind: 'idle' })
    } catch (error) {
      setPhase({ kind: 'failed', error })
    }
    setOpen(true)
  }
  const close = () => {
    setOpen(false)
    setPhase({ kind: 'idle' })
  }
  return (
    <>
      <button
        type="button"
        className="btn"
        title={t('pdf.button')}
        disabled={phase.kind === 'busy'}
        onClick={() => {
          setFindings(a11y.count())
          setOpen(true)
        }}
      >
        <BarLabel icon="savePdf" text={t('pdf.button')} />
      </button>
      {phase.kind === 'busy' && (
        <p className="pdf-busy" role="status">
          {t('pdf.busy')}
        </p>
      )}
      <Modal
        open={open}
        title={t('pdf.title')}
        onClose={close}
        footer={
          <>
            <button type="button" className="btn" onClick={close}>
              {t('common:actions.close')}
            </button>
            <button
              type="button"
              className="btn btn-primary"
              onClick={() => inBackground(save(), 'SavePdfButton')}
            >
              {findings ? t('a11y:summary.saveAnyway') : t('pdf.export')}
            </button>
          </>
        }
      >
        <AccessibilitySummary
          count={findings}
          onShow={() => {
            close()
            a11y.show()
          }}
        />
        <p>{t('pdf.intro')}</p>
        <div aria-live="polite" className="export-result">
          {phase.kind === 'saved' && (
            <p className="alert" role="status">
              {t('pdf.saved', { path: phase.path })}
            </p>
          )}
        </div>
        {phase.kind === 'saved' && (
          <SavedFileActions path={phase.path} openLabel={t('pdf.open')} folderLabel={t('pdf.showInFolder')} />
        )}
        {phase.kind === 'failed' && <ErrorMessage error={phase.error} />}
      </Modal>
    </>
  )
}
