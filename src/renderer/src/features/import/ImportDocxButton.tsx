import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { api } from '../../api/client'
import { ErrorMessage } from '../../components/ErrorMessage'
import { Modal } from '../../components/Modal'
import type { ImportReport } from '../../../../shared/model/review'
import type { PlanSummary } from '../../../../shared/api'
import { ImportReportList } from './ImportReportList'
import './import.css'

type Props = { onImported: (plan: PlanSummary) => void }

/** "Importér Word-fil": asks for a .docx, shows what came across and what did not, then opens the plan. */
export function ImportDocxButton({ onImported }: Props) {
  const { t } = useTranslation('import')
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState<unknown>(null)
  const [done, setDone] = useState<{ plan: PlanSummary; report: ImportReport } | null>(null)

  async function start() {
    setBusy(true)
    setError(null)
    try {
      const result = await api['plans.importDocx']()
      if (result.status === 'imported') setDone({ plan: result.plan, report: result.report })
    } catch (e) {
      setError(e)
    } finally {
      setBusy(false)
    }
  }

  return (
    <>
      <button type="button" className="btn" onClick={start} disabled={busy} aria-busy={busy}>
        {busy ? t('button.busy') : t('button.label')}
      </button>
      <ErrorMessage error={error} onDismiss={() => setError(null)} />
      <Modal
        title={t('report.title', { title: done?.plan.title ?? '' })}
        open={done !== null}
        onClose={() => done && onImported(done.plan)}
        footer={
          <button type="button" className="btn btn-primary" onClick={() => done && onImported(done.plan)}>
            {t('report.open')}
          </button>
        }
      >
        {done && <ImportReportList report={done.report} />}
      </Modal>
    </>
  )
}
