import { arc } from 'd3-shape'
import { useTranslation } from 'react-i18next'
import type { YearItem } from '../../../../shared/derive/yearItems'
import { MONTH_SHORT } from '../../../../shared/format/months'
import { itemWhen, langOf } from './yearWords'

const SIZE = 420
const C = SIZE / 2
const TAU = Math.PI * 2
const MONTH = TAU / 12
/** Rings from the outside in: month names, the municipality's meetings, deadlines, initiatives. */
const RING = {
  months: [172, 204],
  meeting: [134, 168],
  deadline: [100, 130],
  initiative: [40, 96],
} as const
/** How wide a one-day event is drawn: wide enough to see and to point at. */
const DAY_SPAN = MONTH / 5

type Props = { items: YearItem[]; year: number; today: string }

const monthArc = arc<{ inner: number; outer: number; start: number; end: number }>()
  .innerRadius((d) => d.inner)
  .outerRadius((d) => d.outer)
  .startAngle((d) => d.start)
  .endAngle((d) => d.end)
  .padAngle(0.006)
  .cornerRadius(3)

function angleOfDay(iso: string): number {
  const m = Number(iso.slice(5, 7))
  const d = Number(iso.slice(8, 10))
  const days = new Date(Number(iso.slice(0, 4)), m, 0).getDate()
  return (m - 1 + (d - 0.5) / days) * MONTH
}

/**
 * The year as a wheel, January at the top and clockwise. A picture for those who see it; the list
 * beside it holds the same items and is what a screen reader reads, so the SVG is one labelled
 * image and its parts are not announced one by one.
 */
export function YearWheelChart({ items, year, today }: Props) {
  const { t, i18n } = useTranslation('year')
  const lang = langOf(i18n.language)
  const initiatives = items.filter((i) => i.kind === 'initiative')
  const lanes = Math.max(1, initiatives.length)
  const [inI, outI] = RING.initiative
  const lane = (outI - inI) / lanes

  const paths = items.map((item) => {
    let inner: number
    let outer: number
    if (item.kind === 'initiative') {
      const n = initiatives.indexOf(item)
      outer = outI - n * lane
      inner = outer - lane + Math.min(2, lane / 4)
    } else {
      ;[inner, outer] = RING[item.kind]
    }
    const [start, end] = item.date
      ? [angleOfDay(item.date) - DAY_SPAN / 2, angleOfDay(item.date) + DAY_SPAN / 2]
      : [(item.startMonth - 1) * MONTH, item.endMonth * MONTH]
    return { item, d: monthArc({ inner, outer, start, end }) ?? '' }
  })

  const showToday = Number(today.slice(0, 4)) === year
  const todayAngle = showToday ? angleOfDay(today) : 0

  return (
    <figure className="year-wheel">
      <svg
        viewBox={`0 0 ${SIZE} ${SIZE}`}
        role="img"
        aria-label={t('wheel.label', { year, count: items.length })}
        className="year-wheel-svg"
      >
        <g transform={`translate(${C},${C})`}>
          {MONTH_SHORT[lang].map((name, i) => {
            const mid = (i + 0.5) * MONTH
            const r = (RING.months[0] + RING.months[1]) / 2
            return (
              <g key={i}>
                <path
                  className="year-month"
                  d={
                    monthArc({
                      inner: RING.months[0],
                      outer: RING.months[1],
                      start: i * MONTH,
                      end: (i + 1) * MONTH,
                    }) ?? ''
                  }
                />
                <text
                  className="year-month-label"
                  x={Math.sin(mid) * r}
                  y={-Math.cos(mid) * r}
                  textAnchor="middle"
                  dominantBaseline="central"
                >
                  {name}
                </text>
              </g>
            )
          })}
          {[RING.meeting, RING.deadline, RING.initiative].map(([inner, outer], i) => (
            <path key={i} className="year-ring" d={monthArc({ inner, outer, start: 0, end: TAU }) ?? ''} />
          ))}
          {paths.map(({ item, d }) => (
            <path
              key={item.key}
              d={d}
              // Neighbouring initiative lanes alternate shade, so two side by side read as two.
              className={`year-item year-item-${item.kind}${item.kind === 'initiative' && initiatives.indexOf(item) % 2 ? ' year-lane-odd' : ''}`}
              data-key={item.key}
            >
              <title>{`${item.name} – ${itemWhen(item, lang, t)}`}</title>
            </path>
          ))}
          {showToday && (
            <line
              className="year-today"
              x1={Math.sin(todayAngle) * RING.initiative[0]}
              y1={-Math.cos(todayAngle) * RING.initiative[0]}
              x2={Math.sin(todayAngle) * RING.months[1]}
              y2={-Math.cos(todayAngle) * RING.months[1]}
            />
          )}
          <text className="year-centre" textAnchor="middle" dominantBaseline="central">
            {year}
          </text>
        </g>
      </svg>
      <figcaption className="year-legend">
        <span className="visually-hidden">{t('wheel.legend')}: </span>
        {(['meeting', 'deadline', 'initiative'] as const).map((k) => (
          <span key={k} className="year-legend-item">
            <span className={`year-swatch year-item-${k}`} aria-hidden="true" />
            {t(`kinds.${k}`)}
          </span>
        ))}
      </figcaption>
    </figure>
  )
}
