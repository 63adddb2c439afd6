import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { ImportPackageResult } from '../../../../shared/api'
import { api } from '../../api/client'
import { ErrorMessage } from '../../components/ErrorMessage'
import { Modal } from '../../components/Modal'
import { ConfirmDialog } from '../../components/ConfirmDialog'
import { formatDayShort } from '../../../../shared/format/dates'
import { inBackground } from '../errors/inBackground'
import './packages.css'

type Exists = Extract<ImportPackageResult, { status: 'exists' }>
type Props = { onImported: (id: string, title: string) => void; disabled?: boolean }

/**
 * "Importér plan-fil": a plan brought from another laptop. When that plan is here already, ask:
 * as a copy (both kept), replace (after a second question), or not at all.
 */
export function ImportPackageButton({ onImported, disabled }: Props) {
  const { t, i18n } = useTranslation('packages')
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState<unknown>(null)
  const [exists, setExists] = useState<Exists | null>(null)
  const [confirmReplace, setConfirmReplace] = useState(false)

  const call = async (input: { mode?: 'copy' | 'replace'; token?: string }) => {
    setBusy(true)
    setError(null)
    try {
      const result = await api['plans.importPackage'](input)
      if (result.status === 'exists') setExists(result)
      if (result.status === 'imported') onImported(result.plan.id, result.plan.title)
    } catch (e) {
      setError(e)
    } finally {
      setBusy(false)
    }
  }
  const answer = (mode: 'copy' | 'replace') => {
    const token = exists!.token
    setExists(null)
    setConfirmReplace(false)
    inBackground(call({ mode, token }), 'ImportPackageButton')
  }

  return (
    <>
      <button
        type="button"
        className="btn"
        onClick={() => call({})}
        disabled={busy || disabled}
        aria-busy={busy}
      >
        {t('import.button')}
      </button>
      <ErrorMessage error={error} onDismiss={() => setError(null)} />
      <Modal
        open={exists !== null && !confirmReplace}
        title={t('import.existsTitle')}
        onClose={() => setExists(null)}
        footer={
          <>
            <button type="button" className="btn" onClick={() => setExists(null)}>
              {t('common:actions.cancel')}
            </button>
            <button type="button" className="btn" onClick={() => setConfirmReplace(true)}>
              {t('import.replace')}
            </button>
            <button type="button" className="btn btn-primary" onClick={() => answer('copy')} autoFocus>
              {t('import.copy')}
            </button>
          </>
        }
      >
        <p>{t('import.existsBody', { title: exists?.title ?? '', existing: exists?.existingTitle ?? '' })}</p>
        <ul className="package-choices">
          <li>
            {t('import.copyHint', {
              day: formatDayShort(new Date(), i18n.language === 'en' ? 'en' : 'da'),
            })}
          </li>
          <li>{t('import.replaceHint')}</li>
        </ul>
      </Modal>
      <ConfirmDialog
        open={exists !== null && confirmReplace}
        danger
        title={t('import.replaceTitle')}
        body={t('import.replaceBody', { existing: exists?.existingTitle ?? '' })}
        confirmLabel={t('import.replaceConfirm', { existing: exists?.existingTitle ?? '' })}
        onCancel={() => setConfirmReplace(false)}
        onConfirm={() => answer('replace')}
      />
    </>
  )
}
