import { useTranslation } from 'react-i18next'
import type { QuarantinedPlan } from '../../../../shared/api'
import { RestoreFromBackupOffer } from '../recovery/RestoreFromBackupOffer'

/** Tells the user, in plain words, which plan could not be opened and that nothing was deleted. */
type Props = { entry: QuarantinedPlan; onDismiss: () => void; onRestored?: () => void }

export function QuarantineNotice({ entry, onDismiss, onRestored }: Props) {
  const { t } = useTranslation('plans')
  const title = entry.title ?? t('quarantine.unknownTitle')
  return (
    <section role="alert" className="alert alert-warning quarantine">
      <h2>{t('quarantine.title')}</h2>
      {/* library.json holds settings, not a plan: its notice says so rather than name a plan. */}
      <p>{entry.id === 'library' ? t('quarantine.library') : t(`quarantine.${entry.reason}`, { title })}</p>
      <p className="quarantine-path">
        {t(entry.inPlace ? 'quarantine.keptInPlace' : 'quarantine.kept', { path: entry.movedTo })}
      </p>
      {onRestored && <RestoreFromBackupOffer entry={entry} onRestored={onRestored} />}
      <button type="button" className="btn" onClick={onDismiss}>
        {t('common:actions.dismiss')}
      </button>
    </section>
  )
}
