import { useTranslation } from 'react-i18next'
import type { YearItem } from '../../../../shared/derive/yearItems'
import {
  WHEEL_CENTRE as C,
  WHEEL_SIZE as SIZE,
  monthOfAngle,
  wheelShape,
} from '../../../../shared/derive/yearWheelShape'
import { MONTH_SHORT } from '../../../../shared/format/months'
import { dataLang, itemWhen, langOf } from './yearWords'

type Props = { items: YearItem[]; year: number; today: string }

/**
 * The year as a wheel, January at the top and clockwise. A picture for those who see it; the list
 * beside it holds the same items and is what a screen reader reads, so the SVG is one labelled
 * image and its parts are not announced one by one.
 */
export function YearWheelChart({ items, year, today }: Props) {
  const { t, i18n } = useTranslation('year')
  const lang = langOf(i18n.language)
  const shape = wheelShape(items, year, today)

  return (
    <figure className="year-wheel">
      <svg
        viewBox={`0 0 ${SIZE} ${SIZE}`}
        role="img"
        aria-label={t('wheel.label', { year, count: items.length })}
        className="year-wheel-svg"
      >
        <g transform={`translate(${C},${C})`}>
          {shape.months.map((m, i) => (
            <g key={i}>
              <path className="year-month" d={m.d} />
              <text
                className="year-month-label"
                x={m.labelX}
                y={m.labelY}
                textAnchor="middle"
                dominantBaseline="central"
              >
                {MONTH_SHORT[lang][i]}
              </text>
            </g>
          ))}
          {shape.rings.map((r, i) => (
            <path key={i} className="year-ring" d={r.d} />
          ))}
          {shape.parts.map(({ item, d, odd, marker, start, end }) => {
            const title = (
              <title lang={dataLang(item, lang)}>{`${item.name} – ${itemWhen(item, lang)}`}</title>
            )
            return (
              <g key={item.key} className="year-part" data-month={monthOfAngle((start + end) / 2)}>
                <path
                  d={d}
                  className={`year-item year-item-${item.kind}${odd ? ' year-lane-odd' : ''}`}
                  data-key={item.key}
                >
                  {title}
                </path>
                {marker && (
                  <path d={marker.d} className="year-fund-marker">
                    {title}
                  </path>
                )}
              </g>
            )
          })}
          {shape.today && (
            <line
              className="year-today"
              x1={shape.today.x1}
              y1={shape.today.y1}
              x2={shape.today.x2}
              y2={shape.today.y2}
            />
          )}
          <text className="year-centre" textAnchor="middle" dominantBaseline="central">
            {year}
          </text>
        </g>
      </svg>
      <figcaption className="year-legend">
        <span className="visually-hidden">{t('wheel.legend')}: </span>
        {(['meeting', 'deadline', 'application', 'initiative'] as const).map((k) => (
          <span key={k} className="year-legend-item">
            {k === 'application' ? (
              <FundSwatch />
            ) : (
              <span className={`year-swatch year-item-${k}`} aria-hidden="true" />
            )}
            {t(`kinds.${k}`)}
          </span>
        ))}
      </figcaption>
    </figure>
  )
}

/** The legend's picture of a fund's deadline: the outlined sector and its diamond, as on the wheel. */
export function FundSwatch() {
  return (
    <svg className="year-swatch-svg" viewBox="0 0 16 16" width="16" height="16" aria-hidden="true">
      <rect className="year-item year-item-application" x="1" y="1" width="14" height="14" rx="3" />
      <path className="year-fund-marker" d="M8,1.5L12.5,8L8,14.5L3.5,8Z" />
    </svg>
  )
}
