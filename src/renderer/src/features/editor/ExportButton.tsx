import { useId, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { api } from '../../api/client'
import { Modal } from '../../components/Modal'
import { ErrorMessage } from '../../components/ErrorMessage'
import { BarLabel } from './BarLabel'
import { ExportNotices } from './ExportNotices'
import type { ExportNotice } from '../../../../shared/model/exportNotice'
import './exportButton.css'

type Result =
  | { kind: 'idle' }
  | { kind: 'busy' }
  | { kind: 'saved'; path: string; notices: ExportNotice[] }
  | { kind: 'failed'; error: unknown }

/** "Gem som Word": the options, then the save dialog (through the Host), then where it went. */
export function ExportButton({ planId, flush }: { planId: string; flush: () => Promise<boolean> }) {
  const { t } = useTranslation('export')
  const [open, setOpen] = useState(false)
  const [reviewCopy, setReviewCopy] = useState(false)
  const [result, setResult] = useState<Result>({ kind: 'idle' })
  const checkId = useId()
  const [shellError, setShellError] = useState<unknown>(null)
  // The main process opens only a file it has just exported; the path is passed back as it came.
  const openSaved = (command: 'shell.openExported' | 'shell.showExportedInFolder', path: string) => {
    setShellError(null)
    api[command]({ path }).catch(setShellError)
  }

  const run = async () => {
    setResult({ kind: 'busy' })
    try {
      await flush()
      const res = await api['plans.exportDocx']({ id: planId, options: { reviewCopy } })
      setResult(
        res.status === 'saved' ? { kind: 'saved', path: res.path, notices: res.notices } : { kind: 'idle' },
      )
    } catch (error) {
      setResult({ kind: 'failed', error })
    }
  }
  const close = () => {
    setOpen(false)
    setResult({ kind: 'idle' })
    setShellError(null)
  }
  return (
    <>
      <button type="button" className="btn btn-primary" title={t('button')} onClick={() => setOpen(true)}>
        <BarLabel icon="saveWord" text={t('button')} />
      </button>
      <Modal
        open={open}
        title={t('title')}
        onClose={close}
        footer={
          <>
            <button type="button" className="btn" onClick={close}>
              {t('common:actions.close')}
            </button>
            <button type="button" className="btn btn-primary" onClick={run} disabled={result.kind === 'busy'}>
              {t('export')}
            </button>
          </>
        }
      >
        <p>{t('intro')}</p>
        <label className="choice" htmlFor={checkId}>
          <input
            id={checkId}
            type="checkbox"
            checked={reviewCopy}
            onChange={(e) => setReviewCopy(e.target.checked)}
          />
          <span>
            <strong>{t('reviewCopy')}</strong> – {t('reviewCopyHint')}
          </span>
        </label>
        <div aria-live="polite" className="export-result">
          {result.kind === 'busy' && <p aria-busy="true">{t('busy')}</p>}
          {result.kind === 'saved' && (
            <p className="alert" role="status">
              {t('saved', { path: result.path })}
            </p>
          )}
          {result.kind === 'saved' && <ExportNotices notices={result.notices} />}
        </div>
        {result.kind === 'saved' && (
          <div className="export-next">
            <button
              type="button"
              className="btn"
              onClick={() => openSaved('shell.openExported', result.path)}
            >
              {t('openInWord')}
            </button>
            <button
              type="button"
              className="btn"
              onClick={() => openSaved('shell.showExportedInFolder', result.path)}
            >
              {t('showInFolder')}
            </button>
          </div>
        )}
        {shellError != null && <ErrorMessage error={shellError} />}
        {result.kind === 'failed' && <ErrorMessage error={result.error} />}
      </Modal>
    </>
  )
}
