import { useId, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { api } from '../../api/client'
import { setLanguage } from '../../i18n'
import { ErrorMessage } from '../../components/ErrorMessage'
import { useAppInfo } from '../app/AppInfoContext'
import { TEXT_SIZES, type Language, type TextSize } from '../../../../shared/model/settings'
import { setTextSize, useTextSize } from '../textSize/textSize'
import { SpellingSettings } from '../spelling/SpellingSettings'
import { LogSettings } from './LogSettings'
import { inBackground } from '../errors/inBackground'

export function SettingsScreen() {
  const { t, i18n } = useTranslation('settings')
  const info = useAppInfo()
  const [error, setError] = useState<unknown>(null)
  const id = useId()
  const sizeId = useId()
  const textSize = useTextSize()
  const changeSize = (size: TextSize) => {
    setError(null)
    setTextSize(size).catch(setError)
  }
  const change = async (language: Language) => {
    setError(null)
    try {
      await api['settings.set']({ language })
      await setLanguage(language)
    } catch (e) {
      setError(e)
    }
  }
  return (
    <main className="page">
      <h1>{t('title')}</h1>
      <ErrorMessage error={error} />
      {info.readOnly && <p className="alert alert-warning">{t('readOnly')}</p>}
      <section className="settings-card">
        <div className="field">
          <label htmlFor={id}>{t('language.label')}</label>
          <select
            id={id}
            value={i18n.language}
            onChange={(e) => inBackground(change(e.target.value as Language), 'SettingsScreen')}
            style={{ maxWidth: 240 }}
          >
            <option value="da">{t('language.da')}</option>
            <option value="en">{t('language.en')}</option>
          </select>
          <p className="hint">{t('language.hint')}</p>
        </div>
        <div className="field">
          <label htmlFor={sizeId}>{t('textSize.label')}</label>
          <select
            id={sizeId}
            value={textSize}
            onChange={(e) => changeSize(Number(e.target.value) as TextSize)}
            style={{ maxWidth: 240 }}
          >
            {TEXT_SIZES.map((n) => (
              <option key={n} value={n}>
                {n} %
              </option>
            ))}
          </select>
          <p className="hint">{t('textSize.hint')}</p>
        </div>
        <div className="field">
          <span className="field-label">{t('dataDir')}</span>
          <code className="data-dir">{info.dataDir}</code>
        </div>
        <p className="hint">{t('version', { version: info.version })}</p>
      </section>
      <SpellingSettings onError={setError} />
      <LogSettings onError={setError} />
    </main>
  )
}
