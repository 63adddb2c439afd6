import { useEffect, useMemo, useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { Catalogue } from '../../../../shared/model/catalogue'
import type { CatalogueSummary } from '../../../../shared/model/catalogueSummary'
import type { DocJSON } from '../../../../shared/model/plan'
import { compareCatalogueVersions } from '../../../../shared/model/catalogueVersion'
import { catalogueUpgrade, isNoOpUpgrade } from '../../../../shared/derive'
import { api } from '../../api/client'
import { ErrorMessage } from '../../components/ErrorMessage'

export type SetCatalogue = (catalogueId: string | null) => Promise<void>

/** For a plan without a catalogue: pick one from the library. */
export function CatalogueChooser({ onSetCatalogue }: { onSetCatalogue?: SetCatalogue }) {
  const { t } = useTranslation('focus')
  const [list, setList] = useState<CatalogueSummary[]>([])
  const [chosen, setChosen] = useState('')
  const [error, setError] = useState<unknown>(null)
  useEffect(() => {
    api['catalogues.list']().then(setList, setError)
  }, [])
  return (
    <div className="focus-panel-choose">
      <p>{t('panel.noCatalogue')}</p>
      {onSetCatalogue && list.length > 0 && (
        <form
          onSubmit={(e) => {
            e.preventDefault()
            if (chosen) onSetCatalogue(chosen).catch(setError)
          }}
        >
          <label className="field-label" htmlFor="focus-choose-catalogue">
            {t('panel.chooseCatalogue')}
          </label>
          <select id="focus-choose-catalogue" value={chosen} onChange={(e) => setChosen(e.target.value)}>
            <option value="">{t('panel.chooseNone')}</option>
            {list.map((c) => (
              <option key={c.id} value={c.id}>
                {c.municipality}: {c.title} (v{c.version})
              </option>
            ))}
          </select>
          <button type="submit" className="btn btn-primary" disabled={!chosen}>
            {t('panel.useCatalogue')}
          </button>
        </form>
      )}
      <ErrorMessage error={error} />
    </div>
  )
}

/** When the library holds a newer version of the plan's catalogue: what moving to it would change. */
export function CatalogueUpgradeOffer(props: {
  catalogue: Catalogue
  /** The headings and initiatives (see derivedSource): all an upgrade looks at. */
  doc: DocJSON
  onSetCatalogue?: SetCatalogue
}) {
  const { catalogue, doc, onSetCatalogue } = props
  const { t } = useTranslation('focus')
  const [newer, setNewer] = useState<Catalogue | null>(null)
  const [error, setError] = useState<unknown>(null)
  useEffect(() => {
    let live = true
    api['catalogues.get']({ id: catalogue.id }).then(
      (c) => live && setNewer(compareCatalogueVersions(c.version, catalogue.version) > 0 ? c : null),
      // A deleted catalogue is fine: the plan keeps its own copy.
      () => live && setNewer(null),
    )
    return () => {
      live = false
    }
  }, [catalogue.id, catalogue.version])
  const diff = useMemo(
    () => (newer ? catalogueUpgrade(catalogue, newer, doc) : null),
    [catalogue, newer, doc],
  )
  if (!newer || !diff) return null
  return (
    <section className="focus-panel-upgrade" aria-labelledby="focus-upgrade-title">
      <h2 id="focus-upgrade-title">{t('upgrade.title', { version: newer.version })}</h2>
      {isNoOpUpgrade(diff) ? (
        <p>{t('upgrade.noChanges')}</p>
      ) : (
        <ul>
          {diff.removed.map((r) => (
            <li key={`r-${r.area.id}`}>
              {t('upgrade.removed', { title: r.area.title, count: r.initiatives.length + r.headings.length })}
            </li>
          ))}
          {diff.renamed.map((r) => (
            <li key={`n-${r.id}`}>{t('upgrade.renamed', { from: r.from, to: r.to })}</li>
          ))}
          {diff.added.map((a) => (
            <li key={`a-${a.id}`}>{t('upgrade.added', { title: a.title })}</li>
          ))}
        </ul>
      )}
      {onSetCatalogue && (
        <button
          type="button"
          className="btn btn-primary"
          onClick={() => onSetCatalogue(newer.id).catch(setError)}
        >
          {t('upgrade.move', { version: newer.version })}
        </button>
      )}
      <ErrorMessage error={error} />
    </section>
  )
}
