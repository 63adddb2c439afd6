import { useId, useState, type FormEvent } from 'react'
import { useTranslation } from 'react-i18next'
import { PERSONAL_WORDS_MAX, PersonalWord, type Language } from '../../../../shared/model/settings'
import {
  addPersonalWord,
  removePersonalWord,
  setSpellCheck,
  setSpellLanguage,
  useSpellSettings,
} from './spellSettings'
import { spellStatus } from './spellService'
import './spellingSettings.css'

/** Indstillinger's spelling part: on/off, the plans' language, and the user's own words. */
export function SpellingSettings({ onError }: { onError: (error: unknown) => void }) {
  const { t } = useTranslation('spelling')
  const s = useSpellSettings()
  const ids = { on: useId(), onHint: useId(), language: useId(), languageHint: useId(), word: useId() }
  const wordError = useId()
  const [word, setWord] = useState('')
  const [problem, setProblem] = useState<string | null>(null)

  const add = (e: FormEvent) => {
    e.preventDefault()
    const parsed = PersonalWord.safeParse(word)
    if (!parsed.success) return setProblem(t('settings.badWord'))
    if (s.personalWords.length >= PERSONAL_WORDS_MAX)
      return setProblem(t('settings.full', { max: PERSONAL_WORDS_MAX }))
    setProblem(null)
    setWord('')
    addPersonalWord(parsed.data).catch(onError)
  }

  return (
    <section className="settings-card spell-settings" aria-labelledby={`${ids.on}-title`}>
      <h2 id={`${ids.on}-title`}>{t('settings.title')}</h2>
      {spellStatus() === 'unavailable' && <p className="alert alert-warning">{t('settings.unavailable')}</p>}
      <div className="field">
        <label className="settings-check" htmlFor={ids.on}>
          <input
            id={ids.on}
            type="checkbox"
            checked={s.enabled}
            aria-describedby={ids.onHint}
            onChange={(e) => setSpellCheck(e.target.checked).catch(onError)}
          />
          <span>{t('settings.enabled')}</span>
        </label>
        <p className="hint" id={ids.onHint}>
          {t('settings.enabledHint')}
        </p>
      </div>
      <div className="field">
        <label htmlFor={ids.language}>{t('settings.language')}</label>
        <select
          id={ids.language}
          value={s.language}
          aria-describedby={ids.languageHint}
          onChange={(e) => setSpellLanguage(e.target.value as Language).catch(onError)}
          style={{ maxWidth: 240 }}
        >
          <option value="da" lang="da">
            {t('settings:language.da')}
          </option>
          <option value="en" lang="en">
            {t('settings:language.en')}
          </option>
        </select>
        <p className="hint" id={ids.languageHint}>
          {t('settings.languageHint')}
        </p>
      </div>
      <div className="field">
        <h3 className="spell-settings-words-title">
          {t('settings.words')}{' '}
          <span className="hint">({t('settings.count', { count: s.personalWords.length })})</span>
        </h3>
        <p className="hint">{t('settings.wordsHint')}</p>
        <form className="spell-settings-add" onSubmit={add} noValidate>
          <label className="visually-hidden" htmlFor={ids.word}>
            {t('settings.newWord')}
          </label>
          <input
            id={ids.word}
            type="text"
            value={word}
            placeholder={t('settings.newWord')}
            autoComplete="off"
            spellCheck={false}
            aria-invalid={problem ? true : undefined}
            aria-describedby={problem ? wordError : undefined}
            onChange={(e) => setWord(e.target.value)}
          />
          <button type="submit" className="btn">
            {t('settings.addWord')}
          </button>
        </form>
        {problem && (
          <p className="spell-settings-error" id={wordError} role="alert">
            {problem}
          </p>
        )}
        {s.personalWords.length === 0 ? (
          <p className="hint">{t('settings.empty')}</p>
        ) : (
          <ul className="spell-settings-words" aria-label={t('settings.words')}>
            {s.personalWords.map((w) => (
              <li key={w}>
                <span lang={s.language}>{w}</span>
                <button
                  type="button"
                  className="btn btn-quiet spell-settings-remove"
                  aria-label={t('settings.remove', { word: w })}
                  title={t('settings.remove', { word: w })}
                  onClick={() => removePersonalWord(w).catch(onError)}
                >
                  <span aria-hidden="true">×</span>
                </button>
              </li>
            ))}
          </ul>
        )}
      </div>
    </section>
  )
}
