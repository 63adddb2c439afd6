import { useTranslation } from 'react-i18next'
import type { QuarantinedPlan } from '../../../../shared/api'

/** Tells the user, in plain words, which plan could not be opened and that nothing was deleted. */
export function QuarantineNotice({ entry, onDismiss }: { entry: QuarantinedPlan; onDismiss: () => void }) {
  const { t } = useTranslation('plans')
  const title = entry.title ?? t('quarantine.unknownTitle')
  return (
    <section role="alert" className="alert alert-warning quarantine">
      <h2>{t('quarantine.title')}</h2>
      <p>{t(`quarantine.${entry.reason}`, { title })}</p>
      <p className="quarantine-path">{t('quarantine.kept', { path: entry.movedTo })}</p>
      <button type="button" className="btn" onClick={onDismiss}>
        {t('common:actions.dismiss')}
      </button>
    </section>
  )
}
