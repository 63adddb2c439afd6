import { useTranslation } from 'react-i18next'
import './accessibility.css'

/** Before saving as Word or PDF: what the accessibility check found, with a way to see it. It never
 * stops the save; the dialog's own button then reads "Gem alligevel". */
export function AccessibilitySummary({ count, onShow }: { count: number; onShow: () => void }) {
  const { t } = useTranslation('a11y')
  if (!count) return null
  return (
    <div className="alert alert-warning a11y-summary">
      <p>{t('summary.count', { count })}</p>
      <button type="button" className="btn" onClick={onShow}>
        {t('summary.show')}
      </button>
    </div>
  )
}

/** What the summary needs from the editor: the findings now, and how to show them. */
export type AccessibilityCheck = { count: () => number; show: () => void }
