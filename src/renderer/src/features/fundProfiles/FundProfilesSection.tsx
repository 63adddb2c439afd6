import { useCallback, useEffect, useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { FundProfileSummary } from '../../../../shared/model/fundProfile'
import { formatDay } from '../../../../shared/format/dates'
import { api } from '../../api/client'
import { DataFileProblems } from '../../components/DataFileProblems'
import { langOf } from '../year/yearWords'
import { describeFundPath, fundProfileProblems } from './fundProfileWords'
import './fundProfiles.css'

/**
 * "Fondsprofiler" on the Årshjul screen: the funds' terms the app knows (shipped and the user's
 * own), each with where its rules were read, a file to share one, and the file a neighbour shared.
 * A bad file is refused with every problem located, and nothing is added.
 */
export function FundProfilesSection() {
  const { t, i18n } = useTranslation(['funding', 'common'])
  const lang = langOf(i18n.language)
  const [profiles, setProfiles] = useState<FundProfileSummary[] | null>(null)
  const [error, setError] = useState<unknown>(null)
  const [notice, setNotice] = useState<string | null>(null)

  const reload = useCallback(async () => setProfiles(await api['fundProfiles.list']()), [])
  useEffect(() => {
    reload().catch(setError)
  }, [reload])

  const run = async (fn: () => Promise<string | null>) => {
    setError(null)
    setNotice(null)
    try {
      setNotice(await fn())
    } catch (e) {
      setError(e)
    }
  }
  const day = (iso: string) => formatDay(new Date(`${iso}T12:00:00`), lang, true)

  return (
    <section className="fund-profiles" aria-labelledby="fund-profiles-title">
      <h2 id="fund-profiles-title">{t('profiles.title')}</h2>
      <p className="hint">{t('profiles.intro')}</p>
      <div className="year-actions">
        <button
          type="button"
          className="btn"
          onClick={() =>
            run(async () => {
              const r = await api['fundProfiles.import']()
              if (r.status !== 'imported') return null
              await reload()
              return t('profiles.imported', { name: r.profile.name })
            })
          }
        >
          {t('profiles.import')}
        </button>
      </div>
      <div aria-live="polite">{notice && <p className="alert year-notice">{notice}</p>}</div>
      <DataFileProblems
        error={error}
        problems={fundProfileProblems(error)}
        intro={t('profiles.problemsIntro')}
        outcome={t('profiles.nothingImported')}
        where={(path) => describeFundPath(path, t)}
        wording={(problem) => t(`problems.${problem}`)}
        onDismiss={() => setError(null)}
      />
      <ul className="fund-profile-list" aria-label={t('profiles.title')}>
        {(profiles ?? []).map((p) => (
          <li key={p.id} className="fund-profile" aria-labelledby={`fund-${p.id}-name`}>
            <div className="fund-profile-head">
              <h3 id={`fund-${p.id}-name`} lang="da">
                {p.name}
              </h3>
              <span className="fund-profile-kind">
                {p.builtIn ? t('profiles.builtIn') : t('profiles.own')}
              </span>
            </div>
            <p className="fund-profile-meta">
              {p.giver && <span lang="da">{p.giver} · </span>}
              {t('profiles.version', { version: p.version })}
            </p>
            <p className="fund-profile-sources-label">{t('profiles.sources')}:</p>
            <ul className="fund-profile-sources">
              {p.sources.map((s, i) => (
                <li key={i}>
                  {s.title && (
                    <>
                      <span lang="da">{s.title}</span>:{' '}
                    </>
                  )}
                  <span className="year-url">{s.url}</span> ({t('profiles.read', { date: day(s.date) })})
                </li>
              ))}
            </ul>
            <button
              type="button"
              className="btn btn-quiet"
              onClick={() =>
                run(async () => {
                  const r = await api['fundProfiles.export']({ id: p.id })
                  return r.status === 'saved' ? t('profiles.exported', { path: r.path }) : null
                })
              }
            >
              {t('profiles.export', { name: p.name })}
            </button>
          </li>
        ))}
      </ul>
    </section>
  )
}
