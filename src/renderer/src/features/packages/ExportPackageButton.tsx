import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { PlanSummary } from '../../../../shared/api'
import { api } from '../../api/client'
import { ErrorMessage } from '../../components/ErrorMessage'
import './packages.css'

/** "Gem som plan-fil": the whole plan (text, pictures, catalogue, versions) as one file to carry to
 * another laptop; says where it went. */
export function ExportPackageButton({ plan }: { plan: PlanSummary }) {
  const { t } = useTranslation('packages')
  const [saved, setSaved] = useState<string | null>(null)
  const [error, setError] = useState<unknown>(null)
  const [busy, setBusy] = useState(false)
  const run = async () => {
    setBusy(true)
    setError(null)
    setSaved(null)
    try {
      const result = await api['plans.exportPackage']({ id: plan.id, includeVersions: true })
      if (result.status === 'saved') setSaved(result.path)
    } catch (e) {
      setError(e)
    } finally {
      setBusy(false)
    }
  }
  return (
    <>
      <button
        type="button"
        className="btn btn-quiet"
        onClick={run}
        disabled={busy}
        aria-label={t('export.buttonFor', { title: plan.title })}
      >
        {t('export.button')}
      </button>
      <span className="package-result" role="status">
        {saved && t('export.saved', { path: saved })}
      </span>
      {error !== null && (
        <div className="package-error">
          <ErrorMessage error={error} onDismiss={() => setError(null)} />
        </div>
      )}
    </>
  )
}
