import { useTranslation } from 'react-i18next'
import type { DiffBlock } from '../../../../shared/model/versions'
import type { Lang } from '../../../../shared/derive/format'
import { fieldLabel, fieldValue } from './fieldWording'

type Props = {
  block: DiffBlock & { initiative: NonNullable<DiffBlock['initiative']> }
  focusTitle: (id: string) => string
}

/**
 * An initiative in the comparison: "Initiativ «Legeplads»", then one line per field that differs,
 * "Budget: 100.000 kr. → 125.000 kr.", the old value struck through and the new one underlined
 * (said out loud for a screen reader too, like the text's changes). Ids are never shown.
 */
export function InitiativeChange({ block, focusTitle }: Props) {
  const { t, i18n } = useTranslation('versions')
  const lang: Lang = i18n.language === 'en' ? 'en' : 'da'
  const { title, fields } = block.initiative
  const word = (field: string, v: unknown) => fieldValue(field, v, { t, lang, focusTitle })
  return (
    <div className="compare-initiative">
      <p className="compare-initiative-title">
        <strong>{title ? t('compare.initiative', { title }) : t('compare.initiativeUntitled')}</strong>
        {block.kind === 'added' && <ins className="diff-added"> ({t('compare.initiativeAdded')})</ins>}
        {block.kind === 'removed' && <del className="diff-removed"> ({t('compare.initiativeRemoved')})</del>}
      </p>
      {fields.length > 0 && (
        <ul className="compare-fields">
          {fields.map((f) => {
            const before = word(f.field, f.before)
            const after = word(f.field, f.after)
            return (
              <li key={f.field}>
                {fieldLabel(f.field, t)}:{' '}
                {before !== null && (
                  <del className="diff-removed">
                    <span className="visually-hidden">{t('compare.removedStart')}</span>
                    {before}
                    <span className="visually-hidden">{t('compare.removedEnd')}</span>
                  </del>
                )}
                {before !== null && after !== null && <span aria-hidden="true"> → </span>}
                {after !== null ? (
                  <ins className="diff-added">
                    <span className="visually-hidden">{t('compare.addedStart')}</span>
                    {after}
                    <span className="visually-hidden">{t('compare.addedEnd')}</span>
                  </ins>
                ) : (
                  <span> → {t('compare.empty')}</span>
                )}
              </li>
            )
          })}
        </ul>
      )}
    </div>
  )
}
