import { useTranslation } from 'react-i18next'
import type { OverviewAddResult } from '../../../../shared/model/overview'

/** What "Tilføj planer" did: added, replaced, and each file skipped with its reason. */
export function AddResult({
  result,
  onDismiss,
}: {
  result: Extract<OverviewAddResult, { status: 'added' }>
  onDismiss: () => void
}) {
  const { t } = useTranslation(['overview', 'errors', 'common'])
  return (
    <div className="alert overview-result" role="status">
      {result.added.length > 0 && <p>{t('result.added', { count: result.added.length })}</p>}
      {result.replaced.length > 0 && <p>{t('result.replaced', { count: result.replaced.length })}</p>}
      {result.skipped.length > 0 && (
        <>
          <p>{t('result.skipped', { count: result.skipped.length })}</p>
          <ul className="overview-skipped">
            {result.skipped.map((s, i) => (
              <li key={i}>
                <strong>{s.fileName}</strong>:{' '}
                {t(s.reason ? [`errors:reasons.${s.reason}`, `errors:${s.code}`] : [`errors:${s.code}`])}
              </li>
            ))}
          </ul>
        </>
      )}
      <button type="button" className="btn btn-quiet" onClick={onDismiss}>
        {t('common:actions.dismiss')}
      </button>
    </div>
  )
}
