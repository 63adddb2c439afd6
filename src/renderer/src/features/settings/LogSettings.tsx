import { useId, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { api } from '../../api/client'
import { inBackground } from '../errors/inBackground'
import './logSettings.css'

type Props = { onError: (error: unknown) => void }

/** "Hvis noget går galt": the log folder, and an error report to mail to whoever helps. The plans'
 * text goes into the report only when the box is ticked. */
export function LogSettings({ onError }: Props) {
  const { t } = useTranslation('settings')
  const [includePlans, setIncludePlans] = useState(false)
  const [saved, setSaved] = useState<string | null>(null)
  const [busy, setBusy] = useState(false)
  const boxId = useId()
  const hintId = useId()

  const openFolder = () => {
    onError(null)
    api['logs.openFolder']().catch(onError)
  }
  const saveReport = async () => {
    onError(null)
    setSaved(null)
    setBusy(true)
    try {
      const r = await api['logs.saveReport']({ includePlans })
      if (r.status === 'saved') setSaved(r.path)
    } catch (e) {
      onError(e)
    } finally {
      setBusy(false)
    }
  }

  return (
    <section className="settings-card log-settings" aria-labelledby={`${boxId}-title`}>
      <h2 id={`${boxId}-title`}>{t('logs.title')}</h2>
      <p className="hint">{t('logs.hint')}</p>
      <div className="field">
        <label className="settings-check" htmlFor={boxId}>
          <input
            id={boxId}
            type="checkbox"
            checked={includePlans}
            aria-describedby={hintId}
            onChange={(e) => setIncludePlans(e.target.checked)}
          />
          <span>{t('logs.includePlans')}</span>
        </label>
        <p id={hintId} className="hint">
          {t('logs.includePlansHint')}
        </p>
      </div>
      <div className="log-settings-actions">
        <button type="button" className="btn" onClick={openFolder}>
          {t('logs.openFolder')}
        </button>
        <button
          type="button"
          className="btn btn-primary"
          disabled={busy}
          onClick={() => inBackground(saveReport(), 'LogSettings')}
        >
          {t('logs.saveReport')}
        </button>
      </div>
      <p aria-live="polite" className="hint log-settings-saved">
        {saved ? t('logs.saved', { path: saved }) : ''}
      </p>
    </section>
  )
}
