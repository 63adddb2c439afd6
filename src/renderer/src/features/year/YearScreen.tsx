import { useCallback, useEffect, useMemo, useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { PlanSummary } from '../../../../shared/api'
import type { DocJSON } from '../../../../shared/model/plan'
import type { YearWheel, YearWheelSummary } from '../../../../shared/model/yearWheel'
import { yearItems } from '../../../../shared/derive/yearItems'
import { formatDay } from '../../../../shared/format/dates'
import { api } from '../../api/client'
import { ConfirmDialog } from '../../components/ConfirmDialog'
import { YearWheelChart } from './YearWheelChart'
import { YearList } from './YearList'
import { YearWheelEditor } from './YearWheelEditor'
import { YearWheelProblems } from './YearWheelProblems'
import { blankWheel, copyOfWheel } from './newYearWheel'
import { langOf, localToday } from './yearWords'
import { inBackground } from '../errors/inBackground'
import { FundProfilesSection } from '../fundProfiles/FundProfilesSection'
import './year.css'

type Editing = { wheel: YearWheel; isNew: boolean }

/** The year wheel: a municipality's meetings and deadlines with one plan's initiatives, as a wheel
 * and as a list; the wheels themselves are made, edited, shared as files and sent to a calendar. */
export function YearScreen() {
  const { t, i18n } = useTranslation(['year', 'common'])
  const lang = langOf(i18n.language)
  const today = localToday()
  const [wheels, setWheels] = useState<YearWheelSummary[] | null>(null)
  const [plans, setPlans] = useState<PlanSummary[]>([])
  const [wheelId, setWheelId] = useState<string>('')
  const [planId, setPlanId] = useState<string>('')
  const [wheel, setWheel] = useState<YearWheel | null>(null)
  const [doc, setDoc] = useState<DocJSON | null>(null)
  const [year, setYear] = useState(() => Number(today.slice(0, 4)))
  const [error, setError] = useState<unknown>(null)
  const [notice, setNotice] = useState<string | null>(null)
  const [editing, setEditing] = useState<Editing | null>(null)
  const [deleting, setDeleting] = useState(false)

  const reload = useCallback(async (select?: string) => {
    const list = await api['yearWheels.list']()
    setWheels(list)
    setWheelId((current) => select ?? (list.some((w) => w.id === current) ? current : (list[0]?.id ?? '')))
  }, [])
  useEffect(() => {
    reload().catch(setError)
    api['plans.list']().then((r) => {
      setPlans(r.plans)
      setPlanId((p) => p || (r.plans[0]?.id ?? ''))
    }, setError)
  }, [reload])
  useEffect(() => {
    if (!wheelId) return setWheel(null)
    api['yearWheels.get']({ id: wheelId }).then(setWheel, setError)
  }, [wheelId, wheels])
  useEffect(() => {
    if (!planId) return setDoc(null)
    api['plans.get']({ id: planId }).then((p) => setDoc(p.doc), setError)
  }, [planId])

  const items = useMemo(() => yearItems(wheel, doc, year), [wheel, doc, year])
  const summary = wheels?.find((w) => w.id === wheelId) ?? null

  const run = async (fn: () => Promise<string | null>) => {
    setError(null)
    setNotice(null)
    try {
      setNotice(await fn())
    } catch (e) {
      setError(e)
    }
  }

  if (editing) {
    return (
      <YearWheelEditor
        initial={editing.wheel}
        isNew={editing.isNew}
        onDone={(saved) => {
          setEditing(null)
          if (saved) {
            setNotice(t('saved'))
            reload(saved.id).catch(setError)
          }
        }}
      />
    )
  }

  return (
    <main className="page year-page">
      <h1>{t('title')}</h1>
      <p className="page-intro">{t('intro')}</p>
      <div className="year-choices">
        <div className="field">
          <label htmlFor="year-wheel-choice">{t('choose.wheel')}</label>
          <select id="year-wheel-choice" value={wheelId} onChange={(e) => setWheelId(e.target.value)}>
            {(wheels ?? []).map((w) => (
              <option key={w.id} value={w.id}>
                {w.municipality}: {w.title} (v{w.version})
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="year-plan-choice">{t('choose.plan')}</label>
          <select id="year-plan-choice" value={planId} onChange={(e) => setPlanId(e.target.value)}>
            <option value="">{t('choose.noPlan')}</option>
            {plans.map((p) => (
              <option key={p.id} value={p.id}>
                {p.title}
              </option>
            ))}
          </select>
        </div>
        <div className="field" role="group" aria-labelledby="year-year-label">
          <span className="field-label" id="year-year-label">
            {t('choose.year')}
          </span>
          <div className="year-stepper">
            <button type="button" className="btn" onClick={() => setYear((y) => y - 1)}>
              <span aria-hidden="true">‹</span>
              <span className="visually-hidden">{t('choose.previousYear')}</span>
            </button>
            <output aria-live="polite" className="year-number">
              {year}
            </output>
            <button type="button" className="btn" onClick={() => setYear((y) => y + 1)}>
              <span aria-hidden="true">›</span>
              <span className="visually-hidden">{t('choose.nextYear')}</span>
            </button>
          </div>
        </div>
      </div>

      <div className="year-actions">
        <button
          type="button"
          className="btn btn-primary"
          onClick={() =>
            setEditing({ wheel: blankWheel(t('newWheel.municipality'), t('newWheel.title')), isNew: true })
          }
        >
          {t('actions.new')}
        </button>
        {wheel && summary && (
          <button
            type="button"
            className="btn"
            onClick={() =>
              setEditing(
                summary.builtIn
                  ? {
                      wheel: copyOfWheel(wheel, t('newWheel.copyTitle', { title: wheel.title })),
                      isNew: true,
                    }
                  : { wheel, isNew: false },
              )
            }
          >
            {summary.builtIn ? t('actions.copy') : t('actions.edit')}
          </button>
        )}
        <button
          type="button"
          className="btn"
          onClick={() =>
            run(async () => {
              const r = await api['yearWheels.import']()
              if (r.status !== 'imported') return null
              await reload(r.wheel.id)
              return t('imported', { title: r.wheel.title })
            })
          }
        >
          {t('actions.import')}
        </button>
        {wheel && (
          <>
            <button
              type="button"
              className="btn"
              onClick={() =>
                run(async () => {
                  const r = await api['yearWheels.export']({ id: wheel.id })
                  return r.status === 'saved' ? t('exported', { path: r.path }) : null
                })
              }
            >
              {t('actions.export')}
            </button>
            <button
              type="button"
              className="btn"
              onClick={() =>
                run(async () => {
                  const r = await api['yearWheels.exportIcs']({ id: wheel.id, year })
                  return r.status === 'saved' ? t('exported', { path: r.path }) : null
                })
              }
            >
              {t('actions.ics')}
            </button>
          </>
        )}
        {summary && !summary.builtIn && (
          <button type="button" className="btn btn-danger" onClick={() => setDeleting(true)}>
            {t('actions.delete')}
          </button>
        )}
      </div>
      <div aria-live="polite">{notice && <p className="alert year-notice">{notice}</p>}</div>
      <YearWheelProblems error={error} outcome="nothingImported" onDismiss={() => setError(null)} />

      {wheel && (
        <div className="hint year-source-line">
          <p>
            {t('source.label')}:{' '}
            {wheel.source.url ? <span className="year-url">{wheel.source.url}</span> : t('source.none')}
            {wheel.source.date &&
              ` (${t('source.read', { date: formatDay(new Date(`${wheel.source.date}T12:00:00`), lang, true) })})`}
          </p>
          {(wheel.source.note || summary?.builtIn) && (
            <details>
              <summary>{t('source.about')}</summary>
              {wheel.source.note && <p>{wheel.source.note}</p>}
              {summary?.builtIn && <p>{t('builtIn')}</p>}
            </details>
          )}
        </div>
      )}

      <div className="year-body">
        <YearWheelChart items={items} year={year} today={today} />
        <YearList items={items} year={year} />
      </div>

      <FundProfilesSection />

      <ConfirmDialog
        open={deleting}
        title={t('confirmDelete.title')}
        body={t('confirmDelete.body', { title: wheel?.title ?? '' })}
        confirmLabel={t('confirmDelete.confirm')}
        danger
        onCancel={() => setDeleting(false)}
        onConfirm={() => {
          setDeleting(false)
          if (wheel)
            inBackground(
              run(async () => {
                await api['yearWheels.delete']({ id: wheel.id })
                await reload()
                return t('deleted')
              }),
              'YearScreen',
            )
        }}
      />
    </main>
  )
}
