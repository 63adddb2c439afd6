import { useTranslation } from 'react-i18next'
import type { OverviewMatrix } from '../../../../shared/derive/overview'
import { formatKr, type Lang } from '../../../../shared/derive/format'

/** Plans (rows) against focus areas (columns): a real table with row and column headers. */
export function OverviewMatrixTable({ matrix, lang }: { matrix: OverviewMatrix; lang: Lang }) {
  const { t } = useTranslation('overview')
  const cell = (c: { count: number; budget: number }) =>
    c.count ? (
      <>
        <span className="overview-count">{c.count}</span>
        <span className="overview-amount">{formatKr(c.budget, lang)}</span>
      </>
    ) : (
      <span aria-label={t('matrix.cell', { count: 0, amount: formatKr(0, lang) })}>{t('matrix.none')}</span>
    )
  return (
    <div className="overview-scroll" tabIndex={0} role="region" aria-labelledby="ov-matrix-caption">
      <table className="overview-table overview-matrix">
        <caption id="ov-matrix-caption">{t('matrix.caption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('matrix.plan')}</th>
            {matrix.areas.map((a) => (
              <th scope="col" key={a.id}>
                {a.title}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {matrix.plans.map((p, pi) => (
            <tr key={p.entryId}>
              <th scope="row">
                {p.title}
                <span className="overview-villages">{p.villages.join(', ')}</span>
              </th>
              {matrix.areas.map((a, ai) => (
                <td key={a.id}>{cell(matrix.cells[ai][pi])}</td>
              ))}
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr>
            <th scope="row">{t('matrix.total')}</th>
            {matrix.areaTotals.map((c, i) => (
              <td key={matrix.areas[i].id}>{cell(c)}</td>
            ))}
          </tr>
        </tfoot>
      </table>
    </div>
  )
}
