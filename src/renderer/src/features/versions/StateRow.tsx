import { useTranslation } from 'react-i18next'
import { friendlyDate } from './friendlyDate'
import { targetLabel, type Target } from './targets'

type Props = {
  target: Target
  readOnly: boolean
  onView: () => void
  onCompare: () => void
  onRestore: () => void
  onRestoreAsNew?: () => void
}

/** One named version or backup in the list, with what can be done with it, each button naming it. */
export function StateRow({ target, readOnly, onView, onCompare, onRestore, onRestoreAsNew }: Props) {
  const { t, i18n } = useTranslation('versions')
  const label = targetLabel(target, t, i18n.language)
  const when =
    target.kind === 'version'
      ? friendlyDate(target.version.createdAt, t, i18n.language)
      : t('backupTitle', { title: target.backup.title })
  const title =
    target.kind === 'version' ? target.version.name : friendlyDate(target.backup.savedAt, t, i18n.language)
  return (
    <li className="state-row">
      <div className="state-text">
        <span className="state-title">{title}</span>
        <span className="state-when">{when}</span>
      </div>
      <div className="state-actions">
        <button type="button" className="btn" onClick={onView} aria-label={t('actions.viewOf', { label })}>
          {t('actions.view')}
        </button>
        <button
          type="button"
          className="btn"
          onClick={onCompare}
          aria-label={t('actions.compareOf', { label })}
        >
          {t('actions.compare')}
        </button>
        {!readOnly && (
          <button
            type="button"
            className="btn"
            onClick={onRestore}
            aria-label={t('actions.restoreOf', { label })}
          >
            {t('actions.restore')}
          </button>
        )}
        {!readOnly && onRestoreAsNew && (
          <button
            type="button"
            className="btn"
            onClick={onRestoreAsNew}
            aria-label={t('actions.asNewOf', { label })}
          >
            {t('actions.asNew')}
          </button>
        )}
      </div>
    </li>
  )
}
