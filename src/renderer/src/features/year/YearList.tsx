import { useId } from 'react'
import { useTranslation } from 'react-i18next'
import type { YearItem } from '../../../../shared/derive/yearItems'
import { MONTH_NAMES } from '../../../../shared/format/months'
import { dataLang, itemWhen, langOf } from './yearWords'

/**
 * The same items as the wheel, month by month: the accessible alternative to the picture and what
 * a screen reader reads. An initiative over several months stands under the month it starts in.
 */
export function YearList({ items, year }: { items: YearItem[]; year: number }) {
  const { t, i18n } = useTranslation(['year', 'focus'])
  const lang = langOf(i18n.language)
  // Ids of its own: the Årshjul screen and any number of årshjul blocks in a plan each have a list.
  const uid = useId()
  const months = [...new Set(items.map((i) => i.startMonth))].sort((a, b) => a - b)
  return (
    <section className="year-list" aria-labelledby={`${uid}-title`}>
      <h2 id={`${uid}-title`}>{t('list.title')}</h2>
      {items.length === 0 && <p className="hint">{t('list.empty', { year })}</p>}
      {months.map((m) => (
        <section key={m} className="year-list-month" aria-labelledby={`${uid}-m${m}`}>
          <h3 id={`${uid}-m${m}`}>
            {MONTH_NAMES[lang][m - 1]} {year}
          </h3>
          <ul>
            {items
              .filter((i) => i.startMonth === m)
              .map((item) => (
                <li key={item.key} className="year-list-item" data-key={item.key}>
                  <span className={`year-kind year-kind-${item.kind}`}>
                    {item.kind === 'application' && <span aria-hidden="true">◆ </span>}
                    {t(`kinds.${item.kind}`)}
                  </span>{' '}
                  <strong lang={dataLang(item, lang)}>{item.name}</strong>{' '}
                  <span className="year-when">({itemWhen(item, lang)})</span>
                  {item.status && <span className="year-status"> · {t(`focus:status.${item.status}`)}</span>}
                  {item.who && (
                    <p className="year-detail">
                      {t('fields.who')}: <span lang={dataLang(item, lang)}>{item.who}</span>
                    </p>
                  )}
                  {item.prepare && (
                    <p className="year-detail">
                      {t('fields.prepare')}: <span lang={dataLang(item, lang)}>{item.prepare}</span>
                    </p>
                  )}
                </li>
              ))}
          </ul>
        </section>
      ))}
    </section>
  )
}
