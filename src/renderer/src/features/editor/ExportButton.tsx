import { useId, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { api } from '../../api/client'
import { Modal } from '../../components/Modal'
import { ErrorMessage } from '../../components/ErrorMessage'
import { BarLabel } from './BarLabel'
import { AccessibilitySummary, type AccessibilityCheck } from './accessibility/AccessibilitySummary'
import { ExportNotices } from './ExportNotices'
import { SavedFileActions } from './SavedFileActions'
import type { ExportNotice } from '../../../../shared/model/exportNotice'
import './exportButton.css'

type Result =
  | { kind: 'idle' }
  | { kind: 'busy' }
  | { kind: 'saved'; path: string; notices: ExportNotice[] }
  | { kind: 'failed'; error: unknown }

type Props = { planId: string; flush: () => Promise<boolean>; a11y?: AccessibilityCheck }

/** "Gem som Word": the options, then the save dialog (through the Host), then where it went. What
 * the accessibility check found is said first, without holding the save up. */
export function ExportButton({ planId, flush, a11y }: Props) {
  const { t } = useTranslation('export')
  const [open, setOpen] = useState(false)
  const [findings, setFindings] = useState(0)
  const [reviewCopy, setReviewCopy] = useState(false)
  const [meetingRecord, setMeetingRecord] = useState(false)
  const meetingId = useId()
  const [result, setResult] = useState<Result>({ kind: 'idle' })
  const checkId = useId()
  // The main process opens only a file it has just exported; the path is passed back as it came.

  const run = async () => {
    setResult({ kind: 'busy' })
    try {
      await flush()
      const res = await api['plans.exportDocx']({ id: planId, options: { reviewCopy, meetingRecord } })
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
  }
  return (
    <>
      <button
        type="button"
        className="btn btn-primary"
        title={t('button')}
        onClick={() => {
          setFindings(a11y?.count() ?? 0)
          setOpen(true)
        }}
      >
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
              {findings ? t('a11y:summary.saveAnyway') : t('export')}
            </button>
          </>
        }
      >
        <AccessibilitySummary
          count={findings}
          onShow={() => {
            close()
            a11y?.show()
          }}
        />
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
        <label className="choice" htmlFor={meetingId}>
          <input
            id={meetingId}
            type="checkbox"
            checked={meetingRecord}
            onChange={(e) => setMeetingRecord(e.target.checked)}
          />
          <span>
            <strong>{t('meetingRecord')}</strong> – {t('meetingRecordHint')}
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
          <SavedFileActions path={result.path} openLabel={t('openInWord')} folderLabel={t('showInFolder')} />
        )}
        {result.kind === 'failed' && <ErrorMessage error={result.error} />}
      </Modal>
    </>
  )
}
