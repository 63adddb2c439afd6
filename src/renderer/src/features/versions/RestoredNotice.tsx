import { useEffect, useRef } from 'react'
import { useTranslation } from 'react-i18next'
import './restoredNotice.css'

/** After going back to a version: what happened and where the undo is. Stays until dismissed. */
export function RestoredNotice({ text, onDismiss }: { text: string; onDismiss: () => void }) {
  const { t } = useTranslation('versions')
  const ref = useRef<HTMLDivElement>(null)
  // The Versioner dialog has just closed: the notice takes focus, so it is read and not missed.
  useEffect(() => ref.current?.focus(), [])
  return (
    <div ref={ref} className="editor-alert restored-notice" role="status" tabIndex={-1}>
      <p>{text}</p>
      <button type="button" className="btn btn-quiet" onClick={onDismiss}>
        {t('restored.dismiss')}
      </button>
    </div>
  )
}
