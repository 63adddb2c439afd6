import { useTranslation } from 'react-i18next'
import { errorKeys, errorValues } from '../api/errorText'
import type { ErrorCode } from '../../../shared/model/errors'

type Props = { error?: unknown; code?: ErrorCode | null; onDismiss?: () => void }

/** Shows a failed command in the user's language; role=alert so a screen reader reads it out. */
export function ErrorMessage({ error, code, onDismiss }: Props) {
  const { t } = useTranslation()
  if (!error && !code) return null
  const keys = code ? [`errors:${code}`] : errorKeys(error)
  return (
    <div role="alert" className="alert alert-error">
      {t(keys, code ? {} : errorValues(error))}
      {onDismiss && (
        <button type="button" className="btn btn-quiet" onClick={onDismiss} style={{ marginLeft: 8 }}>
          {t('actions.dismiss')}
        </button>
      )}
    </div>
  )
}
