import { useEffect, useRef, useState } from 'react'
import { inBackground } from '../errors/inBackground'
import { useTranslation } from 'react-i18next'
import {
  lastSentVersion,
  yearlyStatus,
  type StatusSide,
  type YearlyStatusRow,
} from '../../../../shared/derive/yearlyStatus'
import { formatKr, formatMonthRange } from '../../../../shared/derive/format'
import { formatDay } from '../../../../shared/format/dates'
import type { VersionSummary } from '../../../../shared/model/versions'
import { STATUS_COMMENT_MAX } from '../../../../shared/model/yearlyStatus'
import { api } from '../../api/client'
import { ErrorMessage } from '../../components/ErrorMessage'
import { Modal } from '../../components/Modal'
import { langOf } from '../year/yearWords'

type Props = { planId: string; open: boolean; onClose: () => void; flush: () => Promise<boolean> }
type Loaded = { version: VersionSummary; rows: YearlyStatusRow[] } | { version: null }

const day = (iso: string) => new Date(iso.length === 10 ? `${iso}T12:00:00` : iso)

/**
 * Årlig status: the plan now against the named version sent to the municipality last, one row per
 * initiative (what happened; status, period and budget then and now; a comment for the dialogue
 * meeting), and the report saved as Word. Comments are saved as the field is left.
 */
export function YearlyStatusDialog({ planId, open, onClose, flush }: Props) {
  const { t, i18n } = useTranslation(['versions', 'focus'])
  const lang = langOf(i18n.language)
  const [loaded, setLoaded] = useState<Loaded | null>(null)
  const [comments, setComments] = useState<Record<string, string>>({})
  const [error, setError] = useState<unknown>(null)
  const [notice, setNotice] = useState('')
  // The editor hands a new flush on each render; the dialog is mounted per opening, so the first
  // one is the one to call, and the comparison is made once, not on every render.
  const flushRef = useRef(flush)

  useEffect(() => {
    if (!open) return
    let live = true
    setLoaded(null)
    setNotice('')
    inBackground(
      (async () => {
        try {
          await flushRef.current()
          const [versions, current, notes] = await Promise.all([
            api['versions.list']({ id: planId }),
            api['plans.get']({ id: planId }),
            api['yearlyStatus.get']({ id: planId }),
          ])
          const version = lastSentVersion(versions)
          if (!version) return live && setLoaded({ version: null })
          const sent = await api['versions.get']({ id: planId, versionId: version.id })
          if (!live) return
          setComments(notes.comments)
          setLoaded({ version, rows: yearlyStatus(sent.plan.doc, current.doc) })
        } catch (e) {
          if (live) setError(e)
        }
      })(),
      'YearlyStatusDialog',
    )
    return () => {
      live = false
    }
  }, [open, planId])

  const saveComments = async () => {
    setError(null)
    try {
      await api['yearlyStatus.save']({ id: planId, notes: { comments } })
      setNotice(t('yearly.saved'))
    } catch (e) {
      setError(e)
    }
  }
  const exportDocx = async () => {
    if (!loaded?.version) return
    setError(null)
    try {
      await api['yearlyStatus.save']({ id: planId, notes: { comments } })
      const r = await api['yearlyStatus.exportDocx']({ id: planId, versionId: loaded.version.id })
      if (r.status === 'saved') setNotice(t('yearly.exported', { path: r.path }))
    } catch (e) {
      setError(e)
    }
  }

  const texts = (s: StatusSide | null, since: string | null = null) => {
    if (!s)
      return { status: t('yearly.notInPlan'), period: t('yearly.notInPlan'), budget: t('yearly.notInPlan') }
    const status = t(`focus:status.${s.status}`)
    return {
      status: since ? `${status} (${t('yearly.since', { date: formatDay(day(since), lang) })})` : status,
      period: formatMonthRange(s.start, s.end, lang) || t('yearly.none'),
      budget: s.budget == null ? t('yearly.none') : formatKr(s.budget, lang),
    }
  }

  return (
    <Modal
      title={t('yearly.title')}
      open={open}
      onClose={onClose}
      footer={
        <>
          {loaded?.version && (
            <button
              type="button"
              className="btn btn-primary"
              onClick={() => inBackground(exportDocx(), 'YearlyStatusDialog')}
            >
              {t('yearly.export')}
            </button>
          )}
          <button type="button" className="btn" onClick={onClose}>
            {t('yearly.close')}
          </button>
        </>
      }
    >
      <div className="yearly-status">
        <ErrorMessage error={error} />
        <p role="status" className={notice ? 'version-notice' : 'visually-hidden'}>
          {notice}
        </p>
        {!loaded && !error && <p className="hint">{t('yearly.loading')}</p>}
        {loaded && !loaded.version && <p className="hint">{t('yearly.noVersion')}</p>}
        {loaded?.version && (
          <>
            <p>
              {t('yearly.intro', {
                name: loaded.version.name,
                date: formatDay(day(loaded.version.createdAt), lang),
              })}
            </p>
            {loaded.rows.length === 0 && <p className="hint">{t('yearly.empty')}</p>}
            <ul className="yearly-list">
              {loaded.rows.map((row) => {
                const then = texts(row.then)
                const now = texts(row.now, row.now?.since ?? null)
                const field = (k: 'status' | 'period' | 'budget', changed: boolean) => (
                  <tr data-changed={changed || undefined}>
                    <th scope="row">{t(`yearly.fields.${k}`)}</th>
                    <td>{then[k]}</td>
                    <td>{changed ? <strong>{now[k]}</strong> : now[k]}</td>
                  </tr>
                )
                return (
                  <li key={row.id} className="yearly-item" data-kind={row.kind} data-id={row.id}>
                    <h3>
                      {row.title}{' '}
                      <span className={`yearly-kind yearly-kind-${row.kind}`}>
                        {t(`yearly.kinds.${row.kind}`)}
                      </span>
                    </h3>
                    <table className="yearly-table">
                      <caption className="visually-hidden">{row.title}</caption>
                      <thead>
                        <tr>
                          <th scope="col">{t('yearly.columns.field')}</th>
                          <th scope="col">{t('yearly.columns.then')}</th>
                          <th scope="col">{t('yearly.columns.now')}</th>
                        </tr>
                      </thead>
                      <tbody>
                        {field('status', row.changed.status)}
                        {field('period', row.changed.dates)}
                        {field('budget', row.changed.budget)}
                      </tbody>
                    </table>
                    <label className="yearly-comment">
                      <span>{t('yearly.commentFor', { title: row.title })}</span>
                      <textarea
                        rows={2}
                        maxLength={STATUS_COMMENT_MAX}
                        value={comments[row.id] ?? ''}
                        onChange={(e) => setComments((c) => ({ ...c, [row.id]: e.target.value }))}
                        onBlur={() => inBackground(saveComments(), 'YearlyStatusDialog')}
                      />
                    </label>
                  </li>
                )
              })}
            </ul>
          </>
        )}
      </div>
    </Modal>
  )
}
