import { useMemo, useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { OverviewAddResult } from '../../../../shared/model/overview'
import {
  NO_FILTER,
  filterChoices,
  filterRows,
  moneyTotals,
  overviewGaps,
  overviewMatrix,
  overviewRows,
  sortRows,
  type OverviewFilter,
  type Sort,
} from '../../../../shared/derive/overview'
import { formatKr, type Lang } from '../../../../shared/derive/format'
import { api } from '../../api/client'
import { ErrorMessage } from '../../components/ErrorMessage'
import { useOverview } from './useOverview'
import { OverviewFilters } from './OverviewFilters'
import { OverviewMatrixTable } from './OverviewMatrixTable'
import { OverviewInitiativesTable } from './OverviewInitiativesTable'
import { OverviewPlansTable } from './OverviewPlansTable'
import { OverviewChanges } from './OverviewChanges'
import { AddResult } from './AddResult'
import './overview.css'

/** "Overblik": the consultant's read-only view across the councils' plans. */
export function OverviewScreen() {
  const { t, i18n } = useTranslation('overview')
  const lang: Lang = i18n.language === 'en' ? 'en' : 'da'
  const o = useOverview()
  const [busy, setBusy] = useState(false)
  const [result, setResult] = useState<OverviewAddResult | null>(null)
  const [saved, setSaved] = useState<string | null>(null)
  const [filter, setFilter] = useState<OverviewFilter>(NO_FILTER)
  const [sort, setSort] = useState<Sort>({ key: 'plan', dir: 'asc' })

  const entries = useMemo(() => o.entries ?? [], [o.entries])
  const allRows = useMemo(() => overviewRows(entries, lang), [entries, lang])
  const rows = useMemo(() => sortRows(filterRows(allRows, filter), sort), [allRows, filter, sort])
  const choices = useMemo(() => filterChoices(allRows), [allRows])
  const totals = useMemo(() => moneyTotals(rows), [rows])
  const catalogue = o.catalogue
  const matrix = useMemo(
    () => (catalogue ? overviewMatrix(entries, rows, catalogue) : null),
    [entries, rows, catalogue],
  )
  const gaps = useMemo(() => (catalogue ? overviewGaps(entries, catalogue) : []), [entries, catalogue])

  const run = async (fn: () => Promise<void>) => {
    o.setError(null)
    setSaved(null)
    setBusy(true)
    try {
      await fn()
    } catch (e) {
      o.setError(e)
    } finally {
      setBusy(false)
    }
  }
  const add = () =>
    run(async () => {
      const r = await api['overview.add']()
      if (r.status === 'added') setResult(r)
      await o.reload()
    })
  const exportAs = (kind: 'overview.exportDocx' | 'overview.exportXlsx') =>
    run(async () => {
      const r = await api[kind]({ catalogueId: o.catalogueId })
      if (r.status === 'saved') setSaved(r.path)
    })

  return (
    <main className="page overview-page">
      <h1>{t('title')}</h1>
      <p className="page-intro">{t('intro')}</p>
      <div className="overview-actions">
        <button type="button" className="btn btn-primary" onClick={add} disabled={busy}>
          <span aria-hidden="true">+</span> {t('add')}
        </button>
        <button
          type="button"
          className="btn"
          disabled={busy || !catalogue}
          onClick={() => exportAs('overview.exportDocx')}
        >
          {t('export.word')}
        </button>
        <button
          type="button"
          className="btn"
          disabled={busy || !catalogue}
          onClick={() => exportAs('overview.exportXlsx')}
        >
          {t('export.xlsx')}
        </button>
        {busy && <span role="status">{t('adding')}</span>}
      </div>
      <ErrorMessage error={o.error} onDismiss={() => o.setError(null)} />
      {o.setAside && <p className="alert alert-warning">{t('setAside', { path: o.setAside })}</p>}
      {saved && (
        <p className="alert" role="status">
          {t('export.saved', { path: saved })}
        </p>
      )}
      {result && result.status === 'added' && <AddResult result={result} onDismiss={() => setResult(null)} />}

      <div className="field overview-catalogue">
        <label htmlFor="ov-catalogue">{t('catalogue.label')}</label>
        <select id="ov-catalogue" value={o.catalogueId} onChange={(e) => o.setCatalogueId(e.target.value)}>
          {o.catalogues.map((c) => (
            <option key={c.id} value={c.id}>
              {c.municipality}: {c.title} (v{c.version})
            </option>
          ))}
        </select>
      </div>
      {o.catalogues.length === 0 && o.entries && <p>{t('catalogue.none')}</p>}

      {o.entries && entries.length === 0 && (
        <section className="home-empty">
          <h2>{t('empty.title')}</h2>
          <p>{t('empty.body')}</p>
        </section>
      )}

      {catalogue && entries.length > 0 && matrix && (
        <>
          <section aria-labelledby="ov-summary">
            <h2 id="ov-summary">{t('summary.heading')}</h2>
            <dl className="overview-summary">
              <div>
                <dt>{t('summary.plans')}</dt>
                <dd>{matrix.plans.length}</dd>
              </div>
              <div>
                <dt>{t('summary.initiatives')}</dt>
                <dd>{totals.count}</dd>
              </div>
              <div>
                <dt>{t('summary.budget')}</dt>
                <dd>{formatKr(totals.budget, lang)}</dd>
              </div>
              <div>
                <dt>{t('summary.own')}</dt>
                <dd>{formatKr(totals.ownFundingKr, lang)}</dd>
              </div>
              <div>
                <dt>{t('summary.asked')}</dt>
                <dd>{formatKr(totals.askedKr, lang)}</dd>
              </div>
            </dl>
            <p>
              <strong>{t('summary.gaps')}:</strong>{' '}
              {gaps.length ? gaps.map((g) => g.title).join(', ') : t('summary.noGaps')}
            </p>
            {matrix.unlinked > 0 && <p>{t('summary.unlinked', { count: matrix.unlinked })}</p>}
          </section>

          <section aria-labelledby="ov-filters">
            <h2 id="ov-filters">{t('filters.heading')}</h2>
            <OverviewFilters
              filter={filter}
              onChange={setFilter}
              catalogue={catalogue}
              villages={choices.villages}
              years={choices.years}
              onClear={() => setFilter(NO_FILTER)}
            />
            <p role="status" className="overview-shown">
              {t('filters.shown', { count: rows.length, total: allRows.length })}
            </p>
          </section>

          <section aria-labelledby="ov-matrix">
            <h2 id="ov-matrix">{t('matrix.heading')}</h2>
            <OverviewMatrixTable matrix={matrix} lang={lang} />
          </section>

          <section aria-labelledby="ov-table">
            <h2 id="ov-table">{t('table.heading')}</h2>
            <OverviewInitiativesTable
              rows={rows}
              sort={sort}
              onSort={setSort}
              catalogue={catalogue}
              lang={lang}
            />
          </section>

          <section aria-labelledby="ov-plans">
            <h2 id="ov-plans">{t('plans.heading')}</h2>
            <OverviewPlansTable
              entries={entries}
              catalogue={catalogue}
              onRemove={(e) =>
                run(async () => {
                  await api['overview.remove']({ entryId: e.entryId })
                  await o.reload()
                })
              }
            />
            {entries.map((e) => (
              <OverviewChanges key={e.entryId} entry={e} catalogue={catalogue} />
            ))}
          </section>
        </>
      )}
    </main>
  )
}
