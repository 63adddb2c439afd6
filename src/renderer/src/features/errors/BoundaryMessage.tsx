import { useEffect, useRef } from 'react'
import { useTranslation } from 'react-i18next'
import './errors.css'

type Props = { kind: 'screen' | 'panel'; reference: string; onRetry: () => void }

/** What a failed part of the window says instead of itself: a sentence, a reference to quote,
 * and "Prøv igen". Focus moves to the button, so a keyboard user is not left on a removed element. */
export function BoundaryMessage({ kind, reference, onRetry }: Props) {
  const { t } = useTranslation()
  const button = useRef<HTMLButtonElement>(null)
  useEffect(() => {
    if (kind === 'panel') return
    button.current?.focus()
  }, [kind])
  return (
    <div role="alert" className={`alert alert-error boundary boundary-${kind}`}>
      <p className="boundary-message">
        {t(kind === 'screen' ? 'boundary.screenMessage' : 'boundary.message')}
      </p>
      {reference && <p className="boundary-reference">{t('boundary.reference', { ref: reference })}</p>}
      <button ref={button} type="button" className="btn" onClick={onRetry}>
        {t('boundary.retry')}
      </button>
    </div>
  )
}
