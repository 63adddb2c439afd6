import { useTranslation } from 'react-i18next'
import type { Catalogue } from '../../../../shared/model/catalogue'
import type { OverviewEntry } from '../../../../shared/model/overview'
import { InitiativeChange } from '../versions/InitiativeChange'
import '../versions/versions.css'

/** What changed in a replaced plan's initiatives, shown as "Sammenlign versioner" shows it. */
export function OverviewChanges({ entry, catalogue }: { entry: OverviewEntry; catalogue: Catalogue }) {
  const { t } = useTranslation('overview')
  const changes = entry.changes
  if (!changes) return null
  const titles = new Map(catalogue.focusAreas.map((a) => [a.id, a.title]))
  return (
    <section className="overview-changes" aria-labelledby={`ov-ch-${entry.entryId}`}>
      <h3 id={`ov-ch-${entry.entryId}`}>{t('changes.heading', { title: entry.title })}</h3>
      {changes.blocks.length === 0 && <p>{t('changes.none')}</p>}
      {changes.blocks.map((b, i) =>
        b.initiative ? (
          <InitiativeChange
            key={i}
            block={{ ...b, initiative: b.initiative }}
            focusTitle={(id) => titles.get(id) ?? id}
          />
        ) : null,
      )}
    </section>
  )
}
