import { useTranslation } from 'react-i18next'
import type { SaveState } from './useAutosave'

/** The save state, always visible and announced politely so a screen reader is not interrupted. */
export function SaveStatus({ state }: { state: SaveState }) {
  const { t } = useTranslation()
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
