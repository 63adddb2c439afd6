import { useTranslation } from 'react-i18next'
import type { Catalogue } from '../../../../shared/model/catalogue'
import type { OverviewRow, Sort, SortKey } from '../../../../shared/derive/overview'
import { formatKr, type Lang } from '../../../../shared/derive/format'

type Props = { rows: OverviewRow[]; sort: Sort; onSort: (s: Sort) => void; catalogue: Catalogue; lang: Lang }

const COLUMNS: {
  key: SortKey | null
  label: 'plan' | 'name' | 'status' | 'start' | 'budget' | 'own' | 'askedKr' | 'focusAreas'
  numeric?: boolean
}[] = [
  { key: 'name', label: 'name' },
  { key: 'plan', label: 'plan' },
  { key: 'status', label: 'status' },
  { key: 'start', label: 'start' },
  { key: 'budget', label: 'budget', numeric: true },
  { key: null, label: 'own', numeric: true },
  { key: 'askedKr', label: 'askedKr', numeric: true },
  { key: null, label: 'focusAreas' },
]

/** Every initiative the filter lets through; a column header is a button that sorts by it. */
export function OverviewInitiativesTable({ rows, sort, onSort, catalogue, lang }: Props) {
  const { t } = useTranslation(['overview', 'focus'])
  const titles = new Map(catalogue.focusAreas.map((a) => [a.id, a.title]))
  const label = (k: (typeof COLUMNS)[number]['label']) => t(`table.${k}`)
  const sortedBy = COLUMNS.find((c) => c.key === sort.key)?.label ?? 'name'
  return (
    <div className="overview-scroll" tabIndex={0} role="region" aria-labelledby="ov-table-caption">
      <table className="overview-table overview-initiatives">
        <caption id="ov-table-caption">
          {t('table.caption', { column: label(sortedBy), direction: t(`table.${sort.dir}`) })}
        </caption>
        <thead>
          <tr>
            {COLUMNS.map((c) => (
              <th
                key={c.label}
                scope="col"
                className={c.numeric ? 'num' : undefined}
                aria-sort={
                  c.key && sort.key === c.key ? (sort.dir === 'asc' ? 'ascending' : 'descending') : undefined
                }
              >
                {c.key ? (
                  <button
                    type="button"
                    className="overview-sort"
                    title={t('table.sortBy', { column: label(c.label) })}
                    onClick={() =>
                      onSort({ key: c.key!, dir: sort.key === c.key && sort.dir === 'asc' ? 'desc' : 'asc' })
                    }
                  >
                    {label(c.label)}
                    <span aria-hidden="true">
                      {sort.key === c.key ? (sort.dir === 'asc' ? ' ▲' : ' ▼') : ''}
                    </span>
                  </button>
                ) : (
                  label(c.label)
                )}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.length === 0 && (
            <tr>
              <td colSpan={COLUMNS.length}>{t('table.noRows')}</td>
            </tr>
          )}
          {rows.map((r, i) => (
            <tr key={`${r.entryId}-${i}`}>
              <th scope="row">{r.name}</th>
              <td>
                {r.planTitle}
                <span className="overview-villages">{r.villages.join(', ')}</span>
              </td>
              <td>{t(`focus:status.${r.status}`)}</td>
              <td>{r.when}</td>
              <td className="num">{formatKr(r.budget, lang)}</td>
              <td className="num">{formatKr(r.ownFundingKr, lang)}</td>
              <td className="num">{formatKr(r.askedKr, lang)}</td>
              <td>{r.focusAreas.map((id) => titles.get(id) ?? id).join(', ')}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  )
}
