import { useTranslation } from 'react-i18next'
import type { Catalogue } from '../../../../../shared/model/catalogue'
import { FocusChip, UnknownFocusChip } from '../../focusAreas/FocusChip'

type Props = {
  focusAreas: string[]
  catalogue: Catalogue | null
  readOnly: boolean
  setFocusAreas: (ids: string[]) => void
}

/** The card's focus areas as chips, with a picker for those not yet chosen. */
export function InitiativeFocusRow({ focusAreas, catalogue, readOnly, setFocusAreas }: Props) {
  const { t } = useTranslation('focus')
  const areaById = new Map((catalogue?.focusAreas ?? []).map((a) => [a.id, a]))
  const remaining = (catalogue?.focusAreas ?? []).filter((a) => !focusAreas.includes(a.id))
  return (
    <div
      className="initiative-focus"
      contentEditable={false}
      role="group"
      aria-label={t('initiative.focusAreas')}
    >
      <span className="initiative-focus-label">{t('initiative.focusAreas')}</span>
      {focusAreas.length === 0 && (
        <span className="initiative-focus-none">{t('initiative.noFocusAreas')}</span>
      )}
      {focusAreas.map((id) => {
        const area = areaById.get(id)
        const remove = readOnly ? null : (
          <button
            type="button"
            className="focus-chip-remove"
            aria-label={t('initiative.removeFocusArea', { title: area?.title ?? id })}
            onClick={() => setFocusAreas(focusAreas.filter((x) => x !== id))}
          >
            ×
          </button>
        )
        return area ? (
          <FocusChip key={id} area={area}>
            {remove}
          </FocusChip>
        ) : (
          <UnknownFocusChip key={id} id={id} label={t('initiative.unknownFocusArea')}>
            {remove}
          </UnknownFocusChip>
        )
      })}
      {!readOnly && remaining.length > 0 && (
        <select
          className="initiative-focus-add"
          aria-label={t('initiative.addFocusArea')}
          value=""
          onChange={(e) => e.target.value && setFocusAreas([...focusAreas, e.target.value])}
        >
          <option value="">{t('initiative.addFocusArea')}</option>
          {remaining.map((a) => (
            <option key={a.id} value={a.id}>
              {a.number != null ? `${a.number}. ` : ''}
              {a.title}
            </option>
          ))}
        </select>
      )}
      {!catalogue && <span className="initiative-focus-none">{t('initiative.noCatalogue')}</span>}
    </div>
  )
}
