import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { YEAR_EVENT_KINDS, type YearEvent, type YearWheel } from '../../../../shared/model/yearWheel'
import { checkYearWheel, type YearWheelProblem } from '../../../../shared/model/yearWheelValidation'
import { MONTH_NAMES } from '../../../../shared/format/months'
import { api } from '../../api/client'
import { YearWheelProblems } from './YearWheelProblems'
import { newEvent } from './newYearWheel'
import { describeYearPath, langOf } from './yearWords'
import { inBackground } from '../errors/inBackground'

type Props = { initial: YearWheel; isNew: boolean; onDone: (saved: YearWheel | null) => void }
/** An event as the form holds it: the dates as the user types them, read into a list on save. */
type DraftEvent = YearEvent & { datesText: string }
type TextKey = 'municipality' | 'title' | 'version'

const toDraft = (e: YearEvent): DraftEvent => ({ ...e, datesText: e.dates.join(', ') })
const fromDraft = ({ datesText, ...e }: DraftEvent): YearEvent => ({
  ...e,
  dates: datesText
    .split(/[,;\s]+/)
    .map((s) => s.trim())
    .filter(Boolean),
})

/**
 * Makes or edits one year wheel. Checked here with the rules the backend applies (the same shared
 * check), so every problem shows beside its field before anything is sent, and nothing is saved
 * while one remains.
 */
export function YearWheelEditor({ initial, isNew, onDone }: Props) {
  const { t, i18n } = useTranslation(['year', 'common'])
  const lang = langOf(i18n.language)
  const [head, setHead] = useState(() => ({ ...initial, events: [] as YearEvent[] }))
  const [events, setEvents] = useState<DraftEvent[]>(() => initial.events.map(toDraft))
  const [problems, setProblems] = useState<YearWheelProblem[]>([])
  const [error, setError] = useState<unknown>(null)
  const [busy, setBusy] = useState(false)

  const setEvent = (i: number, patch: Partial<DraftEvent>) =>
    setEvents((list) => list.map((e, j) => (j === i ? { ...e, ...patch } : e)))
  const problemsAt = (path: string) =>
    problems.filter((p) => p.path === path || p.path.startsWith(`${path}[`))
  const problemId = (path: string) => `yw-problem-${path.replace(/[^a-zA-Z0-9]/g, '-')}`
  const problemText = (path: string) => {
    const found = problemsAt(path)
    return found.length > 0 ? (
      <span className="field-problem" id={problemId(path)}>
        {found.map((p) => t(`problems.${p.problem}`)).join('; ')}
      </span>
    ) : null
  }
  const aria = (path: string) =>
    problemsAt(path).length > 0 ? { 'aria-invalid': true, 'aria-describedby': problemId(path) } : {}

  const save = async () => {
    const candidate = { ...head, events: events.map(fromDraft) }
    const check = checkYearWheel(candidate)
    setProblems(check.ok ? [] : check.problems)
    if (!check.ok) return
    setBusy(true)
    setError(null)
    try {
      onDone(await api['yearWheels.save']({ wheel: check.wheel }))
    } catch (e) {
      setError(e)
    } finally {
      setBusy(false)
    }
  }

  const text = (key: TextKey) => (
    <div className="field">
      <label htmlFor={`yw-${key}`}>{t(`fields.${key}`)}</label>
      <input
        id={`yw-${key}`}
        type="text"
        value={head[key]}
        onChange={(e) => setHead((h) => ({ ...h, [key]: e.target.value }))}
        {...aria(key)}
      />
      {problemText(key)}
    </div>
  )

  return (
    <main className="page year-page">
      <h1>{isNew ? t('actions.new') : `${t('actions.edit')}: ${initial.title}`}</h1>
      <form
        className="year-form"
        // The shared check words every problem beside its field; the browser's own bubbles would not.
        noValidate
        onSubmit={(e) => {
          e.preventDefault()
          inBackground(save(), 'YearWheelEditor')
        }}
      >
        <div className="year-form-grid">
          {text('municipality')}
          {text('title')}
          {text('version')}
        </div>
        <fieldset className="year-source">
          <legend>{t('fields.source')}</legend>
          <div className="year-form-grid">
            <div className="field">
              <label htmlFor="yw-source-url">{t('fields.sourceUrl')}</label>
              <input
                id="yw-source-url"
                type="url"
                value={head.source.url}
                onChange={(e) => setHead((h) => ({ ...h, source: { ...h.source, url: e.target.value } }))}
                {...aria('source.url')}
              />
              {problemText('source.url')}
            </div>
            <div className="field">
              <label htmlFor="yw-source-date">{t('fields.sourceDate')}</label>
              <input
                id="yw-source-date"
                type="date"
                value={head.source.date}
                onChange={(e) => setHead((h) => ({ ...h, source: { ...h.source, date: e.target.value } }))}
                {...aria('source.date')}
              />
              {problemText('source.date')}
            </div>
          </div>
          <div className="field">
            <label htmlFor="yw-source-note">{t('fields.sourceNote')}</label>
            <textarea
              id="yw-source-note"
              rows={2}
              value={head.source.note}
              onChange={(e) => setHead((h) => ({ ...h, source: { ...h.source, note: e.target.value } }))}
            />
          </div>
        </fieldset>

        <h2>{t('fields.events')}</h2>
        <ol className="year-events">
          {events.map((ev, i) => {
            const base = `events[${i}]`
            const id = `yw-${ev.id}`
            return (
              <li key={ev.id}>
                <fieldset className="year-event">
                  <legend>{describeYearPath(base, t)}</legend>
                  {problemsAt(base)
                    .filter((p) => p.path === base)
                    .map((p, k) => (
                      <span key={k} className="field-problem">
                        {t(`problems.${p.problem}`)}
                      </span>
                    ))}
                  <div className="year-form-grid">
                    <div className="field">
                      <label htmlFor={`${id}-name`}>{t('fields.name')}</label>
                      <input
                        id={`${id}-name`}
                        type="text"
                        value={ev.name}
                        onChange={(e) => setEvent(i, { name: e.target.value })}
                        {...aria(`${base}.name`)}
                      />
                      {problemText(`${base}.name`)}
                    </div>
                    <div className="field">
                      <label htmlFor={`${id}-kind`}>{t('fields.kind')}</label>
                      <select
                        id={`${id}-kind`}
                        value={ev.kind}
                        onChange={(e) => setEvent(i, { kind: e.target.value as YearEvent['kind'] })}
                      >
                        {YEAR_EVENT_KINDS.map((k) => (
                          <option key={k} value={k}>
                            {t(`kinds.${k}`)}
                          </option>
                        ))}
                      </select>
                    </div>
                  </div>
                  <fieldset className="year-months">
                    <legend>{t('fields.months')}</legend>
                    {MONTH_NAMES[lang].map((name, m) => (
                      <label key={m} className="year-month-check">
                        <input
                          type="checkbox"
                          checked={ev.months.includes(m + 1)}
                          onChange={(e) =>
                            setEvent(i, {
                              months: e.target.checked
                                ? [...ev.months, m + 1].sort((a, b) => a - b)
                                : ev.months.filter((x) => x !== m + 1),
                            })
                          }
                        />
                        {name}
                      </label>
                    ))}
                  </fieldset>
                  <div className="field">
                    <label htmlFor={`${id}-dates`}>{t('fields.dates')}</label>
                    <input
                      id={`${id}-dates`}
                      type="text"
                      value={ev.datesText}
                      onChange={(e) => setEvent(i, { datesText: e.target.value })}
                      {...aria(`${base}.dates`)}
                    />
                    <span className="hint">{t('fields.datesHint')}</span>
                    {problemText(`${base}.dates`)}
                  </div>
                  <div className="field">
                    <label htmlFor={`${id}-who`}>{t('fields.who')}</label>
                    <input
                      id={`${id}-who`}
                      type="text"
                      value={ev.who}
                      onChange={(e) => setEvent(i, { who: e.target.value })}
                    />
                  </div>
                  <div className="field">
                    <label htmlFor={`${id}-prepare`}>{t('fields.prepare')}</label>
                    <textarea
                      id={`${id}-prepare`}
                      rows={2}
                      value={ev.prepare}
                      onChange={(e) => setEvent(i, { prepare: e.target.value })}
                    />
                  </div>
                  <button
                    type="button"
                    className="btn btn-quiet"
                    onClick={() => setEvents((list) => list.filter((_, j) => j !== i))}
                  >
                    {t('actions.removeEvent')}
                    <span className="visually-hidden">: {describeYearPath(base, t)}</span>
                  </button>
                </fieldset>
              </li>
            )
          })}
        </ol>
        <button
          type="button"
          className="btn"
          onClick={() => setEvents((list) => [...list, toDraft(newEvent())])}
        >
          {t('actions.addEvent')}
        </button>
        {problems.length > 0 && <YearWheelProblems problems={problems} outcome="nothingSaved" />}
        <YearWheelProblems error={error} outcome="nothingSaved" />
        <div className="year-form-footer">
          <button type="button" className="btn" onClick={() => onDone(null)}>
            {t('actions.cancel')}
          </button>
          <button type="submit" className="btn btn-primary" disabled={busy}>
            {t('actions.save')}
          </button>
        </div>
      </form>
    </main>
  )
}
