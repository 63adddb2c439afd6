import { useTranslation } from 'react-i18next'
import { useSaveStatus, type Autosaver } from './useAutosave'

/** The save state, always visible and announced politely so a screen reader is not interrupted.
 * It subscribes to the saver itself: a save starting or landing re-renders this line only. */
export function SaveStatus({ saver }: { saver: Autosaver }) {
  const { t } = useTranslation()
  const { state } = useSaveStatus(saver)
  return (
    <span
      className={`save-status save-${state}`}
      role="status"
      aria-live="polite"
      data-testid="save-status"
      title={t(`saveState.${state}`)}
    >
      <span className="save-dot" aria-hidden="true" />
      <span className="save-text">{t(`saveState.${state}`)}</span>
    </span>
  )
}
