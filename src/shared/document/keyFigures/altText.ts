import type { KeyFigureTable } from '../../model/keyFigures'
import { formatNumber, type Lang } from '../../derive/format'
import { drawnChartKind, labelsAreYears } from './suggestChart'
import { t } from '../../i18n/translate'

/** The words of the alt text, from the locale files (editor:keyFigures.alt). */
const words = (lang: Lang) => ({
  from: t(lang, 'editor:keyFigures.alt.from'),
  to: t(lang, 'editor:keyFigures.alt.to'),
  more: (count: number) => t(lang, 'editor:keyFigures.alt.more', { count }),
  none: t(lang, 'editor:keyFigures.alt.none'),
  most: t(lang, 'editor:keyFigures.alt.most'),
  total: t(lang, 'editor:keyFigures.alt.total'),
})

/** At most this many label-value pairs are read out; beyond it the table beneath says the rest. */
const MAX_LISTED = 8

type Values = { label: string; value: number }[]

function columnValues(t: KeyFigureTable, col: number): Values {
  const out: Values = []
  for (const r of t.rows) {
    const v = r.values[col]
    if (v !== null && v !== undefined) out.push({ label: r.label.trim(), value: v })
  }
  return out
}

/**
 * A Danish (or English) text alternative made from the data, for the chart's alt text in the
 * editor and in Word: "Indbyggere 2016-2026: fra 655 til 612" for a development over years, the
 * labels with their values for anything else, and for a pyramid the total and the largest group of
 * each side. The table beneath the chart holds every number; this says what the chart shows.
 */
export function keyFiguresAltText(t: KeyFigureTable, lang: Lang): string {
  const w = words(lang)
  const n = (v: number) => formatNumber(v, lang)
  const unit = t.unit.trim() ? ` ${t.unit.trim()}` : ''
  const title = t.title.trim() || t.labelHeading.trim()
  const cols = t.columns.map((c, i) => ({ name: c.trim(), values: columnValues(t, i) }))
  const withData = cols.filter((c) => c.values.length > 0)
  if (withData.length === 0) return [title, w.none].filter(Boolean).join(': ')
  const named = (c: { name: string }, text: string) =>
    withData.length > 1 && c.name ? `${c.name} ${text}` : text

  if (labelsAreYears(t)) {
    const first = t.rows[0].label.trim()
    const last = t.rows[t.rows.length - 1].label.trim()
    const parts = withData.map((c) => {
      const a = c.values[0]
      const b = c.values[c.values.length - 1]
      return named(c, `${w.from} ${n(a.value)} ${w.to} ${n(b.value)}${unit}`)
    })
    return `${title ? `${title} ` : ''}${first}-${last}: ${parts.join(', ')}`
  }
  if (drawnChartKind(t) === 'pyramid') {
    const parts = withData.map((c) => {
      const total = c.values.reduce((s, v) => s + v.value, 0)
      const top = c.values.reduce((m, v) => (v.value > m.value ? v : m), c.values[0])
      return `${c.name} ${w.total} ${n(total)}${unit}, ${w.most} ${top.label} (${n(top.value)})`
    })
    return `${title ? `${title}: ` : ''}${parts.join('; ')}`
  }
  const parts = withData.map((c) => {
    const listed = c.values.slice(0, MAX_LISTED).map((v) => `${v.label} ${n(v.value)}${unit}`)
    const rest = c.values.length - listed.length
    return named(c, listed.join(', ') + (rest > 0 ? ` ${w.more(rest)}` : ''))
  })
  return `${title ? `${title}: ` : ''}${parts.join('; ')}`
}
