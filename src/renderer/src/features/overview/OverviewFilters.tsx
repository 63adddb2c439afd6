import { useTranslation } from 'react-i18next'
import type { Catalogue } from '../../../../shared/model/catalogue'
import { INITIATIVE_STATUSES, isInitiativeStatus } from '../../../../shared/document/initiative/status'
import type { OverviewFilter } from '../../../../shared/derive/overview'

type Props = {
  filter: OverviewFilter
  onChange: (f: OverviewFilter) => void
  catalogue: Catalogue
  villages: string[]
  years: number[]
  onClear: () => void
}

/** Focus area, status, village, year and a search, each a labelled control. */
export function OverviewFilters({ filter, onChange, catalogue, villages, years, onClear }: Props) {
  const { t } = useTranslation(['overview', 'focus'])
  const set = (patch: Partial<OverviewFilter>) => onChange({ ...filter, ...patch })
  return (
    <form
      className="overview-filters"
      role="search"
      aria-label={t('filters.heading')}
      onSubmit={(e) => e.preventDefault()}
    >
      <div className="field">
        <label htmlFor="ov-area">{t('filters.focusArea')}</label>
        <select id="ov-area" value={filter.focusArea} onChange={(e) => set({ focusArea: e.target.value })}>
          <option value="">{t('filters.all')}</option>
          {catalogue.focusAreas.map((a) => (
            <option key={a.id} value={a.id}>
              {a.title}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor="ov-status">{t('filters.status')}</label>
        <select
          id="ov-status"
          value={filter.status}
          onChange={(e) => set({ status: isInitiativeStatus(e.target.value) ? e.target.value : '' })}
        >
          <option value="">{t('filters.all')}</option>
          {INITIATIVE_STATUSES.map((s) => (
            <option key={s} value={s}>
              {t(`focus:status.${s}`)}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor="ov-village">{t('filters.village')}</label>
        <select id="ov-village" value={filter.village} onChange={(e) => set({ village: e.target.value })}>
          <option value="">{t('filters.all')}</option>
          {villages.map((v) => (
            <option key={v} value={v}>
              {v}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor="ov-year">{t('filters.year')}</label>
        <select
          id="ov-year"
          value={filter.year ?? ''}
          onChange={(e) => set({ year: e.target.value ? Number(e.target.value) : null })}
        >
          <option value="">{t('filters.all')}</option>
          {years.map((y) => (
            <option key={y} value={y}>
              {y}
            </option>
          ))}
        </select>
      </div>
      <div className="field overview-search">
        <label htmlFor="ov-search">{t('filters.search')}</label>
        <input
          id="ov-search"
          type="search"
          value={filter.search}
          placeholder={t('filters.searchPlaceholder')}
          onChange={(e) => set({ search: e.target.value })}
        />
      </div>
      <button type="button" className="btn" onClick={onClear}>
        {t('filters.clear')}
      </button>
    </form>
  )
}
