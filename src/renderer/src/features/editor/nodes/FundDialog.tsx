import { useEffect, useId, useMemo, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { inBackground } from '../../errors/inBackground'
import type { Catalogue } from '../../../../../shared/model/catalogue'
import type { FundProfile, FundProfileSummary } from '../../../../../shared/model/fundProfile'
import type { InitiativeEntry } from '../../../../../shared/derive/initiatives'
import {
  APPLICATION_STATUSES,
  type ApplicationStatus,
  type FundApplication,
} from '../../../../../shared/document/initiative/application'
import { newApplication, dayText } from '../../../../../shared/derive/funding/draft'
import { upcomingDeadlines } from '../../../../../shared/derive/funding/deadlines'
import { checkApplication } from '../../../../../shared/derive/funding/check'
import { checkText } from '../../../../../shared/derive/funding/checkText'
import { formatKroner } from '../../../../../shared/derive/format'
import { parseAmount } from '../../../../../shared/format/danishNumber'
import { api } from '../../../api/client'
import { Modal } from '../../../components/Modal'
import { ErrorMessage } from '../../../components/ErrorMessage'
import { langOf, localToday } from '../../year/yearWords'

type Props = {
  planId: string
  /** Saves the plan now, so the export reads the initiative as it stands. */
  flush: () => Promise<boolean>
  entry: InitiativeEntry
  catalogue: Catalogue | null
  onSave: (applications: FundApplication[]) => void
  onClose: () => void
}

/**
 * "Søg midler": a fund profile chosen, a draft filled from the initiative, its texts edited, checked
 * live against the fund's terms, kept on the initiative (its `applications` attribute) and saved as
 * a Word draft. One application per fund: choosing a fund the initiative has already applied to
 * opens that application again.
 */
export function FundDialog({ planId, flush, entry, catalogue, onSave, onClose }: Props) {
  const { t, i18n } = useTranslation('funding')
  const lang = langOf(i18n.language)
  const uid = useId()
  const today = localToday()
  const [profiles, setProfiles] = useState<FundProfileSummary[]>([])
  const [profile, setProfile] = useState<FundProfile | null>(null)
  const [app, setApp] = useState<FundApplication | null>(entry.attrs.applications[0] ?? null)
  const [amountText, setAmountText] = useState(app?.soughtKr != null ? formatKroner(app.soughtKr, lang) : '')
  const [grantedText, setGrantedText] = useState(
    app?.grantedKr != null ? formatKroner(app.grantedKr, lang) : '',
  )
  const [amountBad, setAmountBad] = useState(false)
  const [error, setError] = useState<unknown>(null)
  const [notice, setNotice] = useState<string | null>(null)

  useEffect(() => {
    api['fundProfiles.list']().then(setProfiles, setError)
  }, [])
  useEffect(() => {
    if (!app) return
    api['fundProfiles.get']({ id: app.fundId }).then(setProfile, () => setProfile(null))
  }, [app?.fundId]) // eslint-disable-line react-hooks/exhaustive-deps -- the profile follows the fund, not every keystroke

  const choose = async (fundId: string) => {
    if (!fundId) return
    const existing = entry.attrs.applications.find((a) => a.fundId === fundId)
    const p = await api['fundProfiles.get']({ id: fundId })
    setProfile(p)
    const next = existing ?? newApplication(p, entry, catalogue, today, crypto.randomUUID(), lang)
    setApp(next)
    setAmountText(next.soughtKr != null ? formatKroner(next.soughtKr, lang) : '')
    setGrantedText(next.grantedKr != null ? formatKroner(next.grantedKr, lang) : '')
  }

  const findings = useMemo(
    () => (app && profile ? checkApplication(profile, entry.attrs, app, today) : []),
    [app, profile, entry.attrs, today],
  )
  const deadlines = profile ? upcomingDeadlines(profile, today) : []
  if (app?.deadline && !deadlines.includes(app.deadline)) deadlines.unshift(app.deadline)

  const readKr = (text: string): number | null | undefined => {
    const r = parseAmount(text, 'kr', lang)
    return r.ok ? r.value : undefined
  }
  const patch = (p: Partial<FundApplication>) => setApp((a) => (a ? { ...a, ...p } : a))
  const withAmounts = (): FundApplication | null => {
    if (!app) return null
    const sought = readKr(amountText)
    const granted = readKr(grantedText)
    if (sought === undefined || granted === undefined) {
      setAmountBad(true)
      return null
    }
    setAmountBad(false)
    return { ...app, soughtKr: sought, grantedKr: granted }
  }
  const save = (): FundApplication | null => {
    const whole = withAmounts()
    if (!whole) return null
    const others = entry.attrs.applications.filter((a) => a.id !== whole.id)
    onSave([...others, whole])
    setApp(whole)
    setNotice(t('dialog.saved'))
    return whole
  }
  const exportWord = async () => {
    const whole = save()
    if (!whole) return
    setError(null)
    try {
      await flush()
      const r = await api['funding.exportDocx']({
        planId,
        initiativeId: entry.attrs.id,
        application: whole,
        today,
      })
      if (r.status === 'saved') setNotice(t('dialog.exported', { path: r.path }))
    } catch (e) {
      setError(e)
    }
  }

  const footer = (
    <>
      {app && (
        <>
          <button type="button" className="btn" onClick={save}>
            {t('dialog.save')}
          </button>
          <button
            type="button"
            className="btn btn-primary"
            onClick={() => inBackground(exportWord(), 'FundDialog')}
          >
            {t('dialog.exportWord')}
          </button>
        </>
      )}
      <button type="button" className="btn btn-quiet" onClick={onClose}>
        {t('dialog.close')}
      </button>
    </>
  )

  return (
    <Modal title={t('dialog.openFor', { title: entry.attrs.title })} open onClose={onClose} footer={footer}>
      <div className="fund-dialog">
        <label htmlFor={`${uid}-fund`}>{t('dialog.fund')}</label>
        <select
          id={`${uid}-fund`}
          value={app?.fundId ?? ''}
          onChange={(e) => void choose(e.target.value).catch(setError)}
        >
          <option value="">{t('dialog.choose')}</option>
          {profiles.map((p) => (
            <option key={p.id} value={p.id}>
              {p.giver ? `${p.name} (${p.giver})` : p.name}
            </option>
          ))}
        </select>
        {profile && (
          <p className="hint">
            {t('dialog.terms', {
              source: profile.sources[0]?.title || profile.sources[0]?.url || '',
              version: profile.version,
            })}
          </p>
        )}
        {app && (
          <>
            <div className="fund-row">
              <span>
                <label htmlFor={`${uid}-sought`}>{t('dialog.sought')}</label>
                <input
                  id={`${uid}-sought`}
                  inputMode="decimal"
                  value={amountText}
                  aria-invalid={amountBad || undefined}
                  onChange={(e) => setAmountText(e.target.value)}
                  onBlur={() => {
                    const v = readKr(amountText)
                    setAmountBad(v === undefined)
                    if (v !== undefined) patch({ soughtKr: v })
                  }}
                />
              </span>
              <span>
                <label htmlFor={`${uid}-deadline`}>{t('dialog.deadline')}</label>
                <select
                  id={`${uid}-deadline`}
                  value={app.deadline}
                  onChange={(e) => patch({ deadline: e.target.value })}
                >
                  <option value="">{t('dialog.noDeadline')}</option>
                  {deadlines.map((d) => (
                    <option key={d} value={d}>
                      {dayText(d, lang)}
                    </option>
                  ))}
                </select>
              </span>
              <span>
                <label htmlFor={`${uid}-status`}>{t('dialog.status')}</label>
                <select
                  id={`${uid}-status`}
                  value={app.status}
                  onChange={(e) => patch({ status: e.target.value as ApplicationStatus })}
                >
                  {APPLICATION_STATUSES.map((s) => (
                    <option key={s} value={s}>
                      {t(`status.${s}`)}
                    </option>
                  ))}
                </select>
              </span>
              {app.status === 'granted' && (
                <span>
                  <label htmlFor={`${uid}-granted`}>{t('dialog.granted')}</label>
                  <input
                    id={`${uid}-granted`}
                    inputMode="decimal"
                    value={grantedText}
                    onChange={(e) => setGrantedText(e.target.value)}
                  />
                </span>
              )}
            </div>
            {amountBad && <p className="field-error">{t('dialog.badAmount')}</p>}
            {app.sections.map((s, i) => (
              <div key={s.id} className="fund-section">
                <label htmlFor={`${uid}-s${i}`}>{s.title}</label>
                <textarea
                  id={`${uid}-s${i}`}
                  rows={4}
                  value={s.text}
                  onChange={(e) =>
                    patch({
                      sections: app.sections.map((x, j) => (j === i ? { ...x, text: e.target.value } : x)),
                    })
                  }
                />
              </div>
            ))}
            {app.attachments.length > 0 && (
              <fieldset>
                <legend>{t('dialog.attachments')}</legend>
                {app.attachments.map((a, i) => (
                  <label key={a.id} className="fund-check">
                    <input
                      type="checkbox"
                      checked={a.ready}
                      onChange={(e) =>
                        patch({
                          attachments: app.attachments.map((x, j) =>
                            j === i ? { ...x, ready: e.target.checked } : x,
                          ),
                        })
                      }
                    />{' '}
                    {a.title}
                  </label>
                ))}
              </fieldset>
            )}
            {profile && (
              <section aria-labelledby={`${uid}-check`} className="fund-findings">
                <h3 id={`${uid}-check`}>{t('dialog.check')}</h3>
                <ul>
                  {findings.map((f, i) => (
                    <li key={i} data-severity={f.severity}>
                      {checkText(f, lang)}
                    </li>
                  ))}
                </ul>
                {findings.every((f) => f.severity !== 'error') && <p>{t('dialog.allMet')}</p>}
              </section>
            )}
          </>
        )}
        {notice && (
          <p role="status" className="hint">
            {notice}
          </p>
        )}
        {Boolean(error) && <ErrorMessage error={error} onDismiss={() => setError(null)} />}
      </div>
    </Modal>
  )
}
