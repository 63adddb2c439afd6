import { useId, useState, type FormEvent } from 'react'
import { useTranslation } from 'react-i18next'
import { api } from '../../api/client'
import { ErrorMessage } from '../../components/ErrorMessage'

type Props = {
  planId: string
  flush: () => Promise<boolean>
  disabled: boolean
  onSaved: (name: string) => void
}

/** "Gem en version": the pending text is saved first, because a version is the last saved state. */
export function SaveVersionForm({ planId, flush, disabled, onSaved }: Props) {
  const { t } = useTranslation('versions')
  const [name, setName] = useState('')
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState<unknown>(null)
  const [missing, setMissing] = useState(false)
  const inputId = useId()
  const hintId = useId()

  const submit = async (e: FormEvent) => {
    e.preventDefault()
    if (!name.trim()) return setMissing(true)
    setBusy(true)
    setError(null)
    try {
      await flush()
      const saved = await api['versions.create']({ id: planId, name: name.trim() })
      setName('')
      onSaved(saved.name)
    } catch (err) {
      setError(err)
    } finally {
      setBusy(false)
    }
  }

  return (
    <form className="version-save" onSubmit={submit} noValidate>
      <div className="field">
        <label htmlFor={inputId}>{t('save.label')}</label>
        <span id={hintId} className="hint">
          {missing ? t('save.required') : t('save.hint')}
        </span>
        <div className="version-save-row">
          <input
            id={inputId}
            type="text"
            value={name}
            maxLength={120}
            aria-describedby={hintId}
            aria-invalid={missing || undefined}
            disabled={disabled}
            onChange={(e) => {
              setName(e.target.value)
              setMissing(false)
            }}
          />
          <button type="submit" className="btn btn-primary" disabled={disabled || busy} aria-busy={busy}>
            {t('save.button')}
          </button>
        </div>
      </div>
      <ErrorMessage error={error} onDismiss={() => setError(null)} />
    </form>
  )
}
