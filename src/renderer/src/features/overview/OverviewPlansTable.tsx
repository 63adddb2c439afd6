import { useTranslation } from 'react-i18next'
import type { Catalogue } from '../../../../shared/model/catalogue'
import type { OverviewEntry } from '../../../../shared/model/overview'
import { catalogueStanding, type CatalogueStanding } from '../../../../shared/derive/overview'

type Props = { entries: OverviewEntry[]; catalogue: Catalogue; onRemove: (e: OverviewEntry) => void }

/** The plans in the collection, each with where its catalogue stands against the chosen one. */
export function OverviewPlansTable({ entries, catalogue, onRemove }: Props) {
  const { t } = useTranslation('overview')
  const standingText = (s: CatalogueStanding) => {
    switch (s.kind) {
      case 'same':
        return t('plans.same')
      case 'older':
        return t('plans.older', { version: s.version })
      case 'newer':
        return t('plans.newer', { version: s.version })
      case 'other':
        return t('plans.other', { title: s.title, version: s.version })
      case 'none':
        return t('plans.noCatalogue')
    }
  }
  return (
    <div className="overview-scroll" tabIndex={0} role="region" aria-labelledby="ov-plans-caption">
      <table className="overview-table overview-plans">
        <caption id="ov-plans-caption">{t('plans.caption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('plans.plan')}</th>
            <th scope="col">{t('plans.council')}</th>
            <th scope="col">{t('plans.file')}</th>
            <th scope="col">{t('plans.catalogue')}</th>
            <th scope="col">
              <span className="visually-hidden">{t('plans.removeShort')}</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {entries.map((e) => {
            const s = catalogueStanding(e, catalogue)
            return (
              <tr key={e.entryId}>
                <th scope="row">{e.title}</th>
                <td>{e.council}</td>
                <td>{e.fileName}</td>
                <td>
                  {standingText(s)}
                  {s.kind === 'older' && <UpgradeList standing={s} />}
                </td>
                <td>
                  <button
                    type="button"
                    className="btn btn-quiet"
                    aria-label={t('plans.remove', { title: e.title })}
                    onClick={() => onRemove(e)}
                  >
                    {t('plans.removeShort')}
                  </button>
                </td>
              </tr>
            )
          })}
        </tbody>
      </table>
    </div>
  )
}

function UpgradeList({ standing }: { standing: Extract<CatalogueStanding, { kind: 'older' }> }) {
  const { t } = useTranslation('overview')
  const u = standing.upgrade
  const lines = [
    u.added.length ? t('plans.upgradeAdded', { list: u.added.map((a) => a.title).join(', ') }) : '',
    u.removed.length
      ? t('plans.upgradeRemoved', {
          list: u.removed.map((r) => r.area.title).join(', '),
          count: u.brokenLinks,
        })
      : '',
    ...u.renamed.map((r) => t('plans.upgradeRenamed', { from: r.from, to: r.to })),
  ].filter(Boolean)
  return (
    <ul className="overview-upgrade" aria-label={t('plans.upgradeHeading')}>
      {(lines.length ? lines : [t('plans.upgradeNone')]).map((l) => (
        <li key={l}>{l}</li>
      ))}
    </ul>
  )
}
