import { useTranslation } from 'react-i18next'
import type { Notice } from './useNotices'

/** Always in the page, so screen readers already watch it when a message arrives. */
export function NoticeRegion({ notices, onDismiss }: { notices: Notice[]; onDismiss: (id: number) => void }) {
  const { t } = useTranslation('editor')
  return (
    <div className="editor-notices" role="alert" aria-live="assertive">
      {notices.map((n) => (
        <div key={n.id} className={`editor-notice editor-notice-${n.kind}`}>
          <span>{n.text}</span>
          <button type="button" className="btn btn-quiet" onClick={() => onDismiss(n.id)}>
            {t('notice.dismiss')}
          </button>
        </div>
      ))}
    </div>
  )
}
