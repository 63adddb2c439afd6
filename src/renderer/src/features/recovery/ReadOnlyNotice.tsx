import { useTranslation } from 'react-i18next'
import './recovery.css'

/** Why this plan cannot be changed here, said once at the top of the editor: a plan from a newer
 * app (never written over, or its new parts would be lost) or a data folder that cannot be written. */
export function ReadOnlyNotice({ reason }: { reason: 'newer-version' | 'read-only-folder' }) {
  const { t } = useTranslation('recovery')
  return (
    <div className="alert alert-warning recovery-notice" role="note" data-testid="read-only-notice">
      <strong>{t(`readOnly.${reason}.title`)}</strong> {t(`readOnly.${reason}.body`)}
    </div>
  )
}
